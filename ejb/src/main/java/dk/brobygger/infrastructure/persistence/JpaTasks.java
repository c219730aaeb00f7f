package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.task.Task;
import dk.brobygger.domain.task.TaskStatus;
import dk.brobygger.domain.task.Tasks;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaTasks implements Tasks {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Task> byId(long id) {
        return Optional.ofNullable(em.find(Task.class, id));
    }

    @Override
    public Page<Task> ofContactPerson(long profileId, Which which, LocalDate day, int first, int size) {
        String where = " WHERE EXISTS (SELECT a FROM Assignment a WHERE a.student = t.student AND a.person.id = :me"
                + " AND a.kind = :kind AND " + Assignment.validOnJpql("a", ":day") + ")"
                + switch (which) {
                    case OPEN -> " AND t.status = :open";
                    case OVERDUE -> " AND t.status = :open AND t.dueOn < :day";
                    case CLOSED -> " AND t.status <> :open";
                };
        TypedQuery<Task> rows = em.createQuery("SELECT t FROM Task t JOIN FETCH t.student LEFT JOIN FETCH t.offer"
                + where + (which == Which.CLOSED ? " ORDER BY t.closedAt DESC, t.id" : " ORDER BY t.dueOn, t.id"),
                Task.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Task t" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("me", profileId)
                    .setParameter("kind", AssignmentKind.CONTACT_PERSON).setParameter("day", day)
                    .setParameter("open", TaskStatus.OPEN);
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    @Override
    public List<Task> ofPeriod(PlacementPeriod period) {
        return em.createQuery("SELECT t FROM Task t WHERE t.period = :period", Task.class)
                .setParameter("period", period).getResultList();
    }

    @Override
    public List<Task> about(long studentId) {
        return em.createQuery("SELECT t FROM Task t WHERE t.student.id = :student ORDER BY t.dueOn, t.id", Task.class)
                .setParameter("student", studentId).getResultList();
    }

    @Override
    public void add(Task task) {
        em.persist(task);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
