package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Part of the calling service's transaction; an EJB so that the persistence unit resolves in this module. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaUserProfiles implements UserProfiles {

    @PersistenceContext
    private EntityManager em;

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
    public void add(UserProfile profile) {
        em.persist(profile);
    }
}
