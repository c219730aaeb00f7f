package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.mentoring.ClusterMembers;
import dk.brobygger.domain.mentoring.Mentor;
import dk.brobygger.domain.mentoring.MentorCluster;
import dk.brobygger.domain.mentoring.MentorClusters;
import dk.brobygger.domain.student.Student;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaMentorClusters implements MentorClusters {

    /** Clusters {@code c} with their members {@code m}: one row per member, one with none for an empty cluster. */
    private static final String CLUSTERS_WITH_MEMBERS = "SELECT c, m FROM MentorCluster c LEFT JOIN c.members m";

    /** Clusters by name, each one's members in the order the cluster keeps them (its {@code @OrderBy}). */
    private static final String CLUSTER_ORDER = " ORDER BY c.name, c.id, m.lastName, m.firstName";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<MentorCluster> byId(long id) {
        return Optional.ofNullable(em.find(MentorCluster.class, id));
    }

    @Override
    public boolean exists(Mentor mentor, String name) {
        return em.createQuery("SELECT COUNT(c) FROM MentorCluster c WHERE c.mentor = :mentor AND c.name = :name",
                Long.class).setParameter("mentor", mentor).setParameter("name", name)
                .getSingleResult() > 0;
    }

    @Override
    public void add(MentorCluster cluster) {
        em.persist(cluster);
    }

    @Override
    public List<ClusterMembers> withMembers() {
        return clusters(em.createQuery(CLUSTERS_WITH_MEMBERS + CLUSTER_ORDER, Object[].class));
    }

    @Override
    public List<ClusterMembers> withMembersOf(long mentorProfileId) {
        return clusters(em.createQuery(CLUSTERS_WITH_MEMBERS + " WHERE c.mentor.person.id = :me" + CLUSTER_ORDER,
                Object[].class).setParameter("me", mentorProfileId));
    }

    /** The clusters a query of {@link #CLUSTERS_WITH_MEMBERS} finds, in its order, each with its members. */
    private static List<ClusterMembers> clusters(TypedQuery<Object[]> query) {
        Map<MentorCluster, List<Student>> members = new LinkedHashMap<>();
        query.getResultStream().forEach(row -> {
            List<Student> of = members.computeIfAbsent((MentorCluster) row[0], c -> new ArrayList<>());
            if (row[1] != null) {
                of.add((Student) row[1]);
            }
        });
        return members.entrySet().stream().map(e -> new ClusterMembers(e.getKey(), e.getValue())).toList();
    }
}
