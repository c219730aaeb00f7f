package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.privacy.DataCopy;
import dk.brobygger.domain.privacy.DataRequest;
import dk.brobygger.domain.privacy.DataRequests;
import dk.brobygger.domain.student.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaDataRequests implements DataRequests {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<DataRequest> byId(long id) {
        return Optional.ofNullable(em.find(DataRequest.class, id));
    }

    @Override
    public Page<DataRequest> page(int first, int size) {
        // an open request has not been handled: those first, by deadline
        List<DataRequest> rows = em.createQuery("SELECT r FROM DataRequest r JOIN FETCH r.student"
                        + " ORDER BY r.handledAt DESC NULLS FIRST, r.deadline, r.id DESC", DataRequest.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
        return new Page<>(rows, em.createQuery("SELECT COUNT(r) FROM DataRequest r", Long.class).getSingleResult());
    }

    @Override
    public List<DataRequest> openDueBy(LocalDate day) {
        return em.createQuery("SELECT r FROM DataRequest r JOIN FETCH r.student WHERE r.status ="
                        + " dk.brobygger.domain.privacy.RequestStatus.OPEN AND r.deadline <= :day ORDER BY r.deadline,"
                        + " r.id", DataRequest.class)
                .setParameter("day", day).getResultList();
    }

    @Override
    public List<DataRequest> of(long studentId) {
        return em.createQuery("SELECT r FROM DataRequest r WHERE r.student.id = :student ORDER BY r.receivedOn DESC,"
                        + " r.id DESC", DataRequest.class)
                .setParameter("student", studentId).getResultList();
    }

    @Override
    public List<DataCopy> copiesOf(long studentId) {
        return em.createQuery("SELECT c FROM DataCopy c WHERE c.student.id = :student ORDER BY c.producedAt DESC,"
                        + " c.id DESC", DataCopy.class)
                .setParameter("student", studentId).getResultList();
    }

    @Override
    public List<DataCopy> copiesFor(DataRequest request) {
        return em.createQuery("SELECT c FROM DataCopy c WHERE c.request = :request ORDER BY c.producedAt",
                        DataCopy.class)
                .setParameter("request", request).getResultList();
    }

    @Override
    public void add(DataRequest request) {
        em.persist(request);
    }

    @Override
    public void add(DataCopy copy) {
        em.persist(copy);
    }
}
