package dk.brobygger.application;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.mentoring.ClusterMembers;
import dk.brobygger.domain.mentoring.MentorCluster;
import dk.brobygger.domain.student.Student;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the mentoring services ({@link MentorCorpsService}, {@link SessionLogService}, {@link MentoringReadService})
 * show alike: clusters with their members as lines, whether a cadence is overdue. Static and package-private: it
 * is no operation of its own and runs only inside a service's {@code gate.run}.
 */
final class MentoringRecords {

    private MentoringRecords() {
    }

    /** The clusters, in their order, each as a line with its members. */
    static Map<MentorCluster, CorpsLine.Cluster> clusters(List<ClusterMembers> clusters) {
        Map<MentorCluster, CorpsLine.Cluster> lines = new LinkedHashMap<>();
        clusters.forEach(c -> lines.put(c.cluster(), cluster(c.cluster(), c.members())));
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
