package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedStatus;
import dk.brobygger.domain.need.Needs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaNeeds implements Needs {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Need> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT n FROM Need n WHERE n.id IN :ids", Need.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<Need> byId(long id) {
        return Optional.ofNullable(em.find(Need.class, id));
    }

    @Override
    public List<Need> of(long studentId) {
        return em.createQuery("SELECT n FROM Need n WHERE n.student.id = :student"
                        + " ORDER BY n.status, n.category, n.id", Need.class)
                .setParameter("student", studentId).getResultList();
    }

    @Override
    public List<Need> activeOf(long studentId) {
        return em.createQuery("SELECT n FROM Need n WHERE n.student.id = :student AND n.status = :active"
                        + " ORDER BY n.category, n.id", Need.class)
                .setParameter("student", studentId).setParameter("active", NeedStatus.ACTIVE).getResultList();
    }

    @Override
    public void add(Need need) {
        em.persist(need);
    }
}
