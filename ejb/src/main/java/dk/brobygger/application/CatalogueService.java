package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.offer.OfferDescription;
import dk.brobygger.domain.offer.StudentOffers;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.offer.SupportOffers;
import dk.brobygger.domain.student.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of support offers: read by all staff, maintained by the education leader. Offers are retired,
 * never deleted, so the offers students had keep reading them.
 */
@Stateless
@Gated
@RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME, Role.MENTOR_NAME, Role.TRAINING_SUPERVISOR_NAME})
public class CatalogueService {

    private static final String RECORD = "SupportOffer";

    @Inject
    private Gate gate;

    @Inject
    private SupportOffers supportOffers;

    @Inject
    private StudentOffers studentOffers;

    /**
     * One page of the catalogue, by recommendation and code; {@code text} searches code and names, {@code active}
     * null means retired offers too.
     */
    public Page<CatalogueLine> page(String text, Boolean active, int first, int size) {
        int from = Page.first(first);
        int rows = Page.rows(size);
        return gate.run(AuditEntry.of(AuditAction.LIST, RECORD, null, null), act -> {
            Page<SupportOffer> offers = supportOffers.page(text, active, from, rows);
            return new Page<>(lines(offers.rows()), offers.total());
        });
    }

    /** The active offers, for choosing one to propose. */
    public List<CatalogueLine> active() {
        return gate.run(AuditEntry.of(AuditAction.LIST, RECORD, null, null), act -> {
            act.detail("active offers");
            return lines(supportOffers.active());
        });
    }

    private List<CatalogueLine> lines(List<SupportOffer> offers) {
        Map<Long, Long> taken = studentOffers.placesTaken(offers.stream().map(SupportOffer::getId).toList());
        return offers.stream().map(o -> new CatalogueLine(o, taken.getOrDefault(o.getId(), 0L))).toList();
    }

    /** An offer for the leader's edit form. */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public SupportOffer offer(long offerId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW, RECORD, offerId, null), act -> {
            act.require(AuditAction.MANAGE_CATALOGUE).detail("for editing");
            return existing(offerId);
        });
    }

    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public long create(OfferDescription description) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_CATALOGUE, RECORD, null, null), act -> {
            checkCodeFree(null, description.code());
            SupportOffer offer = new SupportOffer(description);
            supportOffers.add(offer);
            act.record(offer.getId()).detail("created " + offer.getCode());
            return offer.getId();
        });
    }

    /** Changes what the catalogue says; refused with the conflict message if someone saved in between. */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public void update(long offerId, long version, OfferDescription description, boolean active) {
        gate.run(AuditEntry.of(AuditAction.MANAGE_CATALOGUE, RECORD, offerId, null), act -> {
            SupportOffer offer = existing(offerId);
            if (offer.getVersion() != version) {
                throw new ConcurrentChangeException();
            }
            checkCodeFree(offerId, description.code());
            offer.describe(description);
            offer.setActive(active);
            act.detail("changed " + offer.getCode() + (active ? "" : " (retired)"));
            return offer;
        });
    }

    private void checkCodeFree(Long offerId, String code) {
        if (supportOffers.codeTaken(code, offerId)) {
            throw new InvalidInputException("code", "offer.code.taken", code);
        }
    }

    private SupportOffer existing(long offerId) {
        return supportOffers.byId(offerId).orElseThrow(() -> new InvalidInputException(null, "offer.unknown"));
    }
}
