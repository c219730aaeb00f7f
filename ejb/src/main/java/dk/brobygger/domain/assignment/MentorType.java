package dk.brobygger.domain.assignment;

/** Peer mentors are students from later cohorts; individual mentors follow one student at an agreed cadence. */
public enum MentorType {
    PEER, INDIVIDUAL
}
