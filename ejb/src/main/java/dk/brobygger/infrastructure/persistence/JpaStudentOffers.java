package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.offer.OfferStatus;
import dk.brobygger.domain.offer.StudentOffer;
import dk.brobygger.domain.offer.StudentOffers;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaStudentOffers implements StudentOffers {

    /** The statuses in which a student holds a place in an offer. */
    private static final Set<OfferStatus> HOLDING_PLACE = Set.of(OfferStatus.AGREED, OfferStatus.ACTIVE);

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<StudentOffer> byId(long id) {
        return Optional.ofNullable(em.find(StudentOffer.class, id));
    }

    @Override
    public List<StudentOffer> of(long studentId) {
        // the linked needs and the history of every offer in one query each, not one per offer
        return em.createQuery("SELECT o FROM StudentOffer o JOIN FETCH o.offer"
                        + " WHERE o.student.id = :student ORDER BY o.id DESC", StudentOffer.class)
                .setParameter("student", studentId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.needs")
                .setHint("eclipselink.batch", "o.events")
                .getResultList();
    }

    @Override
    public List<Long> offerIdsUnderWay(long studentId) {
        return em.createQuery("SELECT o.offer.id FROM StudentOffer o"
                        + " WHERE o.student.id = :student AND o.status IN :open", Long.class)
                .setParameter("student", studentId).setParameter("open", openStatuses()).getResultList();
    }

    @Override
    public boolean underWay(long studentId, long offerId) {
        return em.createQuery("SELECT COUNT(o) FROM StudentOffer o WHERE o.student.id = :student"
                        + " AND o.offer.id = :offer AND o.status IN :open", Long.class)
                .setParameter("student", studentId).setParameter("offer", offerId)
                .setParameter("open", openStatuses()).getSingleResult() > 0;
    }

    @Override
    public Map<Long, Long> placesTaken(Collection<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.offer.id, COUNT(s) FROM StudentOffer s WHERE s.offer.id IN :ids"
                        + " AND s.status IN :holding GROUP BY s.offer.id", Object[].class)
                .setParameter("ids", offerIds).setParameter("holding", HOLDING_PLACE).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public void add(StudentOffer offer) {
        em.persist(offer);
    }

    private static Set<OfferStatus> openStatuses() {
        return EnumSet.copyOf(EnumSet.allOf(OfferStatus.class).stream().filter(OfferStatus::open).toList());
    }
}
