package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.offer.SupportOffers;
import dk.brobygger.domain.student.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaSupportOffers implements SupportOffers {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SupportOffer> byId(long id) {
        return Optional.ofNullable(em.find(SupportOffer.class, id));
    }

    @Override
    public Page<SupportOffer> page(String text, Boolean active, int first, int size) {
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
        return new Page<>(rows.setFirstResult(first).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    @Override
    public List<SupportOffer> active() {
        return em.createQuery("SELECT o FROM SupportOffer o WHERE o.active = TRUE"
                + " ORDER BY o.recommendation, o.code", SupportOffer.class).getResultList();
    }

    @Override
    public List<SupportOffer> activeTransitions() {
        return em.createQuery("SELECT o FROM SupportOffer o WHERE o.active = TRUE"
                + " AND o.transitionRule.anchor IS NOT NULL ORDER BY o.code", SupportOffer.class).getResultList();
    }

    @Override
    public boolean codeTaken(String code, Long exceptOfferId) {
        return em.createQuery("SELECT o.id FROM SupportOffer o WHERE o.code = :code", Long.class)
                .setParameter("code", code).getResultStream().anyMatch(id -> !id.equals(exceptOfferId));
    }

    @Override
    public void add(SupportOffer offer) {
        em.persist(offer);
    }
}
