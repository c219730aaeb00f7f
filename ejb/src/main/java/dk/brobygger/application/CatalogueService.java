package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.offer.OfferDescription;
import dk.brobygger.domain.offer.OfferStatus;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.student.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of support offers: read by all staff, maintained by the education leader. Offers are retired,
 * never deleted, so the offers students had keep reading them.
 */
@Stateless
@Gated
@RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME, Role.MENTOR_NAME, Role.TRAINING_SUPERVISOR_NAME})
public class CatalogueService {

    private static final String RECORD = "SupportOffer";
    private static final Set<OfferStatus> HOLDING_PLACE = Set.of(OfferStatus.AGREED, OfferStatus.ACTIVE);

    @Inject
    private Gate gate;

    @PersistenceContext
    private EntityManager em;

    /**
     * One page of the catalogue, by recommendation and code; {@code text} searches code and names, {@code active}
     * null means retired offers too.
     */
    public Page<CatalogueLine> page(String text, Boolean active, int first, int size) {
        return gate.run(AuditEntry.of(AuditAction.LIST, RECORD, null, null), act -> {
            boolean searching = text != null && !text.isBlank();
            String where = " WHERE " + (active == null ? "1 = 1" : "o.active = :active")
                    + (searching ? " AND (LOWER(o.code) LIKE :text OR LOWER(o.nameDa) LIKE :text"
                    + " OR LOWER(o.nameEn) LIKE :text)" : "");
            TypedQuery<SupportOffer> rows = em.createQuery("SELECT o FROM SupportOffer o" + where
                    + " ORDER BY o.recommendation, o.code", SupportOffer.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM SupportOffer o" + where, Long.class);
            for (TypedQuery<?> query : List.of(rows, count)) {
                if (active != null) {
                    query.setParameter("active", active);
                }
                if (searching) {
                    query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
                }
            }
            return new Page<>(lines(rows.setFirstResult(first).setMaxResults(size).getResultList()),
                    count.getSingleResult());
        });
    }

    /** The active offers, for choosing one to propose. */
    public List<CatalogueLine> active() {
        return gate.run(AuditEntry.of(AuditAction.LIST, RECORD, null, null), act -> {
            act.detail("active offers");
            return lines(em.createQuery("SELECT o FROM SupportOffer o WHERE o.active = TRUE"
                    + " ORDER BY o.recommendation, o.code", SupportOffer.class).getResultList());
        });
    }

    private List<CatalogueLine> lines(List<SupportOffer> offers) {
        Map<Long, Long> taken = taken(offers.stream().map(SupportOffer::getId).toList());
        return offers.stream().map(o -> new CatalogueLine(o, taken.getOrDefault(o.getId(), 0L))).toList();
    }

    /** How many students hold a place (agreed or active) in each of these offers. */
    Map<Long, Long> taken(Collection<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.offer.id, COUNT(s) FROM StudentOffer s WHERE s.offer.id IN :ids"
                        + " AND s.status IN :holding GROUP BY s.offer.id", Object[].class)
                .setParameter("ids", offerIds).setParameter("holding", HOLDING_PLACE).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** An offer for the leader's edit form. */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public SupportOffer offer(long offerId) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_CATALOGUE, RECORD, offerId, null), act -> {
            act.detail("for editing");
            return existing(offerId);
        });
    }

    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public long create(OfferDescription description) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_CATALOGUE, RECORD, null, null), act -> {
            checkCodeFree(null, description.code());
            SupportOffer offer = new SupportOffer(description);
            em.persist(offer);
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
        if (em.createQuery("SELECT o.id FROM SupportOffer o WHERE o.code = :code", Long.class)
                .setParameter("code", code).getResultStream().anyMatch(id -> !id.equals(offerId))) {
            throw new InvalidInputException("code", "offer.code.taken", code);
        }
    }

    private SupportOffer existing(long offerId) {
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (offer == null) {
            throw new InvalidInputException(null, "offer.unknown");
        }
        return offer;
    }
}
