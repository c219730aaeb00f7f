package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Part of the calling service's transaction; an EJB so that the persistence unit resolves in this module. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaUserProfiles implements UserProfiles {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UserProfile> byId(long id) {
        return Optional.ofNullable(em.find(UserProfile.class, id));
    }

    @Override
    public Optional<UserProfile> bySubject(String subject) {
        return em.createNamedQuery(UserProfile.BY_SUBJECT, UserProfile.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserProfile> byUsername(String username) {
        return em.createNamedQuery(UserProfile.BY_USERNAME, UserProfile.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserProfile> lockedForSignIn(String subject, String username) {
        return em.createQuery("SELECT p FROM UserProfile p WHERE p.subject = :subject OR p.username = :username"
                        + " ORDER BY p.id", UserProfile.class)
                .setParameter("subject", subject).setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public List<UserProfile> bySubjects(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM UserProfile p WHERE p.subject IN :subjects", UserProfile.class)
                .setParameter("subjects", subjects).getResultList();
    }

    @Override
    public Page<UserProfile> everyone(int first, int size) {
        return new Page<>(em.createQuery("SELECT p FROM UserProfile p ORDER BY p.displayName, p.id",
                        UserProfile.class).setFirstResult(first).setMaxResults(size).getResultList(),
                em.createQuery("SELECT COUNT(p) FROM UserProfile p", Long.class).getSingleResult());
    }

    @Override
    public void add(UserProfile profile) {
        em.persist(profile);
    }
}
