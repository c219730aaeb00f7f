package dk.brobygger.application;

import dk.brobygger.domain.mentoring.MentorKind;
import java.util.List;

/**
 * A member of the mentor corps as the education leader sees it: counts, never what was said.
 *
 * @param sessions sessions logged in the last 30 days
 * @param overdue  individual mentees whose agreed cadence has been missed
 */
public record CorpsLine(long mentorId, String name, String username, MentorKind kind, long mentees,
                        long sessions, long overdue, List<Cluster> clusters) {

    /** A cluster with its members' names. */
    public record Cluster(long id, String name, String basis, List<Member> members) {
    }

    /** A member of a cluster. */
    public record Member(long studentId, String name) {
    }
}
