package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.assignment.Assignments;
import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Student;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaAssignments implements Assignments {

    /** The assignment {@code a} is a mentor's ({@code :kind}) in force on {@code :day}. */
    static final String CURRENT = " AND a.kind = :kind AND " + Assignment.validOnJpql("a", ":day");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Assignment> byId(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    @Override
    public void add(Assignment assignment) {
        em.persist(assignment);
    }

    @Override
    public List<Assignment> currentMenteesOf(Collection<UserProfile> mentors, LocalDate day) {
        return em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.student"
                        + " WHERE a.person IN :people" + CURRENT, Assignment.class)
                .setParameter("people", mentors)
                .setParameter("kind", AssignmentKind.MENTOR).setParameter("day", day).getResultList();
    }

    @Override
    public Page<Assignment> currentMenteesOf(long mentorProfileId, LocalDate day, int first, int size) {
        String where = " WHERE a.person.id = :me" + CURRENT;
        // the students with the rows: not one query for each row's student
        List<Assignment> rows = em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.student"
                        + " JOIN FETCH a.person" + where
                        + " ORDER BY a.student.lastName, a.student.firstName, a.id", Assignment.class)
                .setParameter("me", mentorProfileId).setParameter("kind", AssignmentKind.MENTOR)
                .setParameter("day", day)
                .setFirstResult(first).setMaxResults(size).getResultList();
        long total = em.createQuery("SELECT COUNT(a) FROM Assignment a" + where, Long.class)
                .setParameter("me", mentorProfileId)
                .setParameter("kind", AssignmentKind.MENTOR).setParameter("day", day).getSingleResult();
        return new Page<>(rows, total);
    }

    @Override
    public List<Long> currentMenteeIds(long mentorProfileId, Collection<Long> studentIds, LocalDate day) {
        return em.createQuery("SELECT a.student.id FROM Assignment a WHERE a.person.id = :me"
                        + " AND a.student.id IN :ids" + CURRENT, Long.class)
                .setParameter("me", mentorProfileId).setParameter("ids", studentIds)
                .setParameter("kind", AssignmentKind.MENTOR).setParameter("day", day)
                .getResultList();
    }

    @Override
    public boolean isPeerMentee(Student student, UserProfile mentor, LocalDate day) {
        return em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE a.student = :student"
                        + " AND a.person = :mentor AND a.mentorType = :peer" + CURRENT, Long.class)
                .setParameter("student", student).setParameter("mentor", mentor)
                .setParameter("peer", MentorType.PEER).setParameter("kind", AssignmentKind.MENTOR)
                .setParameter("day", day).getSingleResult() > 0;
    }

    @Override
    public List<Assignment> currentMentorsOf(long studentId, LocalDate day) {
        return em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.person"
                        + " WHERE a.student.id = :student" + CURRENT + " ORDER BY a.validFrom", Assignment.class)
                .setParameter("student", studentId).setParameter("kind", AssignmentKind.MENTOR)
                .setParameter("day", day).getResultList();
    }
}
