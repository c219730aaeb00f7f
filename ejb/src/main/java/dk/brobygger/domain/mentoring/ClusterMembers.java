package dk.brobygger.domain.mentoring;

import dk.brobygger.domain.student.Student;
import java.util.List;

/** A cluster with its members, in the order the cluster keeps them (its {@code @OrderBy}). */
public record ClusterMembers(MentorCluster cluster, List<Student> members) {

    public ClusterMembers {
        members = List.copyOf(members);
    }
}
