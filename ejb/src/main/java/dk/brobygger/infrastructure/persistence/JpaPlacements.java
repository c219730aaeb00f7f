package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.Placements;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaPlacements implements Placements {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Placement> byId(long id) {
        return Optional.ofNullable(em.find(Placement.class, id));
    }

    @Override
    public List<Placement> named(String name) {
        return em.createQuery("SELECT p FROM Placement p WHERE LOWER(p.name) = :name", Placement.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT)).getResultList();
    }

    @Override
    public List<Placement> byName() {
        return em.createQuery("SELECT p FROM Placement p ORDER BY p.name", Placement.class).getResultList();
    }

    @Override
    public void add(Placement placement) {
        em.persist(placement);
    }
}
