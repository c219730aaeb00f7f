package dk.brobygger.web.offers;

import dk.brobygger.application.CatalogueService;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.offer.OfferDescription;
import dk.brobygger.domain.offer.OfferFormat;
import dk.brobygger.domain.offer.OfferLevel;
import dk.brobygger.domain.offer.OfferTiming;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.offer.TransitionRule;
import dk.brobygger.domain.task.TaskAnchor;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The education leader creates or changes an offer in the catalogue (leader/offer.xhtml), retires it or brings it
 * back. A transition offer says how many days from a placement period's start or end the contact person's task
 * falls. The fields are in {@link EditOfferForm}.
 */
@Named
@ViewScoped
public class EditOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogueService service;

    private Long id;
    private long version;
    private final EditOfferForm form = new EditOfferForm();

    /** The page's view action: with an id, the offer as it is now. */
    public void load() {
        if (id == null) {
            return;
        }
        SupportOffer offer = service.offer(id);
        version = offer.getVersion();
        form.fill(offer.description(), offer.isActive());
    }

    public void save() {
        if (form.taskIncomplete()) {
            Messages.error("offer:taskOffsetDays", "offer.task.incomplete");
            return;
        }
        OfferDescription description = form.description();
        if (Messages.attempt("offer", () -> {
            if (id == null) {
                service.create(description);
            } else {
                service.update(id, version, description, form.isActive());
            }
        })) {
            Messages.done(id == null ? "offer.created" : "offer.saved", "/leader/offers.xhtml", form.getNameDa());
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public NeedCategory[] getCategories() {
        return NeedCategory.values();
    }

    public OfferLevel[] getLevels() {
        return OfferLevel.values();
    }

    public OfferFormat[] getFormats() {
        return OfferFormat.values();
    }

    public OfferTiming[] getTimings() {
        return OfferTiming.values();
    }

    public TaskAnchor[] getAnchors() {
        return TaskAnchor.values();
    }

    public TransitionRule.Periods[] getPeriodChoices() {
        return TransitionRule.Periods.values();
    }

    public EditOfferForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
