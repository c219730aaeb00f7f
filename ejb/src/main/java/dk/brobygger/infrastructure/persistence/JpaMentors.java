package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.mentoring.Mentor;
import dk.brobygger.domain.mentoring.Mentors;
import dk.brobygger.domain.profile.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaMentors implements Mentors {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Mentor> byId(long id) {
        return Optional.ofNullable(em.find(Mentor.class, id));
    }

    @Override
    public List<Mentor> corps() {
        return em.createQuery("SELECT m FROM Mentor m JOIN FETCH m.person LEFT JOIN FETCH m.student"
                + " ORDER BY m.person.displayName", Mentor.class).getResultList();
    }

    @Override
    public boolean includes(UserProfile person) {
        return em.createQuery("SELECT COUNT(m) FROM Mentor m WHERE m.person = :person", Long.class)
                .setParameter("person", person).getSingleResult() > 0;
    }

    @Override
    public void add(Mentor mentor) {
        em.persist(mentor);
    }
}
