package dk.brobygger.web.privacy;

import dk.brobygger.application.DataCopyService;
import dk.brobygger.application.DataPackage;
import dk.brobygger.web.i18n.LanguageBacking;
import dk.brobygger.web.layout.Downloads;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The student's download of their copy of their data, from "Min side" (docs/data-copy.md). */
@Named
@RequestScoped
public class OwnCopyBacking {

    @EJB
    private DataCopyService service;

    @Inject
    private LanguageBacking language;

    /** Sends the ZIP with the readable part in the page's language. */
    public void download() {
        Messages.attempt("copy", () -> send(service.mine(language.getCurrent().code(), CopyHtml::render)));
    }

    static void send(DataPackage copy) {
        Downloads.send(copy.fileName(), "application/zip", copy.bytes());
    }
}
