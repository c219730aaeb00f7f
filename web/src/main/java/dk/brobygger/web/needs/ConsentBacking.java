package dk.brobygger.web.needs;

import dk.brobygger.application.ConsentService;
import dk.brobygger.web.layout.Downloads;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/** One consent: its text and life; the student answers a proposal here, and a consent is withdrawn here. */
@Named
@ViewScoped
public class ConsentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConsentService service;

    private Long id;
    private ConsentService.Details details;
    private final WithdrawalForm form = new WithdrawalForm();

    public void load() {
        details = service.details(id, NewConsentBacking.language());
    }

    public void accept() {
        after(Messages.attempt("answer", () -> service.accept(id, details.consent().version(),
                NewConsentBacking.language(), details.text().hash())), "consent.given");
    }

    public void decline() {
        after(Messages.attempt("answer", () -> service.decline(id, details.consent().version())), "consent.declined");
    }

    public void withdraw() {
        after(Messages.attempt("withdraw", () -> service.withdraw(id, details.consent().version(), form.getReason())),
                "consent.withdrawn");
    }

    private void after(boolean succeeded, String confirmation) {
        if (succeeded) {
            Messages.done(confirmation, "/students/consent.xhtml?id=" + id);
        }
    }

    /** The receipt as a text file, downloaded. */
    public void receipt() {
        String[] receipt = {null};
        if (!Messages.attempt("receipt", () -> receipt[0] = service.receipt(id, NewConsentBacking.language()))) {
            return;
        }
        Downloads.send("samtykke-" + id + ".txt", "text/plain; charset=UTF-8",
                receipt[0].getBytes(StandardCharsets.UTF_8));
    }

    public ConsentService.Details getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WithdrawalForm getForm() {
        return form;
    }
}
