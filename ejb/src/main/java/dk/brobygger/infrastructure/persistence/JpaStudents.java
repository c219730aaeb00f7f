package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.casework.StudentCase;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.StudentScope;
import dk.brobygger.domain.student.StudentSearch;
import dk.brobygger.domain.student.Students;
import dk.brobygger.domain.task.TaskStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaStudents implements Students {

    private static final int IN_CHUNK = 1000;
    private static final String CURRENT = " AND " + Assignment.validOnJpql("a", ":day");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Student> byId(long id) {
        return Optional.ofNullable(em.find(Student.class, id));
    }

    @Override
    public Optional<WithAssignments> withHistory(long id) {
        // one row per status change and assignment: the history newest first, as it is shown (the mapping's
        // order), the assignments in the order of their first row. The person comes before the assignment in the
        // row, so that the assignment finds its person already read instead of reading it by itself.
        List<Object[]> rows = em.createQuery("SELECT s, p, a FROM Student s LEFT JOIN FETCH s.statusHistory h"
                        + " LEFT JOIN FETCH s.account LEFT JOIN Assignment a ON a.student = s LEFT JOIN a.person p"
                        + " WHERE s.id = :id ORDER BY h.effectiveDate DESC, h.id DESC, a.validFrom DESC, a.id DESC",
                        Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Assignment> assignments = rows.stream().map(r -> (Assignment) r[2]).filter(Objects::nonNull).distinct()
                .toList();
        return Optional.of(new WithAssignments((Student) rows.get(0)[0], assignments));
    }

    @Override
    public Optional<Student> byNumber(String studentNumber) {
        return em.createQuery("SELECT s FROM Student s WHERE s.studentNumber = :n", Student.class)
                .setParameter("n", studentNumber.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Student> byAccount(long profileId) {
        return em.createQuery("SELECT s FROM Student s WHERE s.account.id = :p", Student.class)
                .setParameter("p", profileId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Student> byNumbers(Collection<String> studentNumbers) {
        return inChunks(studentNumbers, "SELECT s FROM Student s WHERE s.studentNumber IN :values");
    }

    /** A query for many values, in chunks the database's limit on parameters allows. */
    private List<Student> inChunks(Collection<String> values, String query) {
        List<String> all = List.copyOf(values);
        List<Student> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            found.addAll(em.createQuery(query, Student.class)
                    .setParameter("values", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public void add(Student student) {
        em.persist(student);
    }

    @Override
    public Page<Student> search(StudentSearch search) {
        List<String> conditions = new ArrayList<>();
        // an erased student is an anonymous row the reports count, not a person to find
        conditions.add("s.erasedAt IS NULL");
        Map<String, Object> parameters = new HashMap<>();
        switch (search.scope()) {
            case ALL -> { }
            case MY_STUDENTS -> {
                conditions.add("EXISTS (SELECT a FROM Assignment a WHERE a.student = s AND a.person.id = :me"
                        + " AND a.kind = :kind" + CURRENT + ")");
                parameters.put("kind", AssignmentKind.CONTACT_PERSON);
            }
            case SUPERVISED -> conditions.add("EXISTS (SELECT p FROM PlacementPeriod p JOIN p.supervisors sup"
                    + " WHERE p.student = s AND sup.id = :me AND p.endDate >= :day)");
        }
        if (search.scope() != StudentScope.ALL) {
            parameters.put("me", search.profileId() == null ? -1L : search.profileId());
            parameters.put("day", search.day());
        }
        if (search.text() != null) {
            conditions.add("(s.searchName LIKE :text OR s.studentNumber LIKE :number)");
            parameters.put("text", "%" + escape(search.text().toLowerCase(Locale.ROOT)) + "%");
            parameters.put("number", escape(search.text().toUpperCase(Locale.ROOT)) + "%");
        }
        if (search.programme() != null) {
            conditions.add("s.programme = :programme");
            parameters.put("programme", search.programme());
        }
        if (search.status() != null) {
            conditions.add("s.status = :status");
            parameters.put("status", search.status());
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM Student s" + where, Long.class);
        TypedQuery<Student> page = em.createQuery(
                "SELECT s FROM Student s" + where + " ORDER BY s.lastName, s.firstName, s.id", Student.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        return new Page<>(page.setFirstResult(search.first()).setMaxResults(search.size()).getResultList(),
                count.getSingleResult());
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<Assignment> contactPersons(Collection<Long> studentIds, LocalDate day) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.person WHERE a.student.id IN :ids"
                        + " AND a.kind = :kind" + CURRENT + " ORDER BY a.validFrom", Assignment.class)
                .setParameter("ids", studentIds)
                .setParameter("kind", AssignmentKind.CONTACT_PERSON)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public List<PlacementPeriod> currentAndComingPeriods(Collection<Long> studentIds, LocalDate day) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM PlacementPeriod p JOIN FETCH p.placement WHERE p.student.id IN :ids"
                        + " AND p.endDate >= :day ORDER BY p.startDate", PlacementPeriod.class)
                .setParameter("ids", studentIds)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public Map<Long, TaskCount> openTasks(Collection<Long> studentIds, LocalDate day) {
        if (studentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT t.student.id, COUNT(t), SUM(CASE WHEN t.dueOn < :day THEN 1 ELSE 0 END)"
                        + " FROM Task t WHERE t.student.id IN :ids AND t.status = :open GROUP BY t.student.id",
                        Object[].class)
                .setParameter("ids", studentIds).setParameter("day", day).setParameter("open", TaskStatus.OPEN)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0],
                        r -> new TaskCount((Long) r[1], ((Number) r[2]).longValue())));
    }

    @Override
    public List<Long> withOpenCase(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c.student.id FROM StudentCase c WHERE c.student.id IN :ids"
                        + " AND c.closedAt IS NULL", Long.class)
                .setParameter("ids", studentIds)
                .getResultList();
    }

    @Override
    public List<PlacementPeriod> periods(long studentId) {
        return em.createQuery("SELECT p FROM PlacementPeriod p JOIN FETCH p.placement WHERE p.student.id = :id"
                        + " ORDER BY p.startDate", PlacementPeriod.class)
                .setParameter("id", studentId)
                .getResultList();
    }

    @Override
    public Optional<StudentCase> openCase(long studentId) {
        return em.createQuery("SELECT c FROM StudentCase c WHERE c.student.id = :id AND c.closedAt IS NULL",
                        StudentCase.class)
                .setParameter("id", studentId)
                .getResultStream().findFirst();
    }
}
