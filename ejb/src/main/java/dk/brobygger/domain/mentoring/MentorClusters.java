package dk.brobygger.domain.mentoring;

import java.util.List;
import java.util.Optional;

/** The stored clusters of peer mentees. */
public interface MentorClusters {

    Optional<MentorCluster> byId(long id);

    /** Whether the mentor has a cluster by this name. */
    boolean exists(Mentor mentor, String name);

    void add(MentorCluster cluster);

    /** Every cluster with its members, by name, in one query (not one more for each cluster's members). */
    List<ClusterMembers> withMembers();

    /** The clusters of the mentor with this profile, with their members, by name, in one query. */
    List<ClusterMembers> withMembersOf(long mentorProfileId);
}
