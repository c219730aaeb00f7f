package dk.brobygger.application;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.mentoring.MentorCluster;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the mentoring services ({@link MentorCorpsService}, {@link SessionLogService}, {@link MentoringReadService})
 * read alike: a mentor assignment in force, clusters with their members, whether a cadence is overdue. Static and
 * package-private: it is no operation of its own and runs only inside a service's {@code gate.run}.
 */
final class MentoringRecords {

    /** The assignment {@code a} is a mentor's ({@code :kind}) in force on {@code :day}. */
    static final String CURRENT = " AND a.kind = :kind AND " + Assignment.validOnJpql("a", ":day");

    /** Clusters {@code c} with their members {@code m}: one row per member, one with none for an empty cluster. */
    static final String CLUSTERS_WITH_MEMBERS = "SELECT c, m FROM MentorCluster c LEFT JOIN c.members m";

    /** Clusters by name, each one's members in the order the cluster keeps them (its {@code @OrderBy}). */
    static final String CLUSTER_ORDER = " ORDER BY c.name, c.id, m.lastName, m.firstName";

    private MentoringRecords() {
    }

    /**
     * The clusters a query of {@link #CLUSTERS_WITH_MEMBERS} finds, in its order, each as a line with its members:
     * one query for all of them, where reading each cluster's members would be one more for each.
     */
    static Map<MentorCluster, CorpsLine.Cluster> clusters(TypedQuery<Object[]> query) {
        Map<MentorCluster, List<Student>> members = new LinkedHashMap<>();
        query.getResultStream().forEach(row -> {
            List<Student> of = members.computeIfAbsent((MentorCluster) row[0], c -> new ArrayList<>());
            if (row[1] != null) {
                of.add((Student) row[1]);
            }
        });
        Map<MentorCluster, CorpsLine.Cluster> lines = new LinkedHashMap<>();
        members.forEach((c, of) -> lines.put(c, cluster(c, of)));
        return lines;
    }

    static CorpsLine.Cluster cluster(MentorCluster c, Collection<Student> members) {
        return new CorpsLine.Cluster(c.getId(), c.getName(), c.getBasis().name(), members.stream()
                .map(s -> new CorpsLine.Member(s.getId(), s.getFullName())).toList());
    }

    static boolean overdue(Assignment assignment, LocalDate lastSession, LocalDate today) {
        return assignment.getCadence() != null
                && assignment.getCadence().overdue(assignment.getValidFrom(), lastSession, today);
    }
}
