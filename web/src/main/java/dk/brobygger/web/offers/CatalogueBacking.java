package dk.brobygger.web.offers;

import dk.brobygger.application.CatalogueLine;
import dk.brobygger.application.CatalogueService;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The education leader's catalogue of support offers, searched and paged in the database. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which offers to list. */
    public enum Shown {
        ACTIVE, RETIRED, ALL
    }

    @EJB
    private CatalogueService service;

    private String text;
    private Shown shown = Shown.ACTIVE;
    private final PagedRows<CatalogueLine> rows = new PagedRows<>((first, size) -> service.page(text,
            shown == Shown.ALL ? null : shown == Shown.ACTIVE, first, size), line -> line.offer().getId());

    public PagedRows<CatalogueLine> getRows() {
        return rows;
    }

    public Shown[] getShownChoices() {
        return Shown.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Shown getShown() {
        return shown;
    }

    public void setShown(Shown shown) {
        this.shown = shown;
    }
}
