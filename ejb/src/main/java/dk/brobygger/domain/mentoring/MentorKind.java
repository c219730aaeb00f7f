package dk.brobygger.domain.mentoring;

/** A peer mentor is a student from a later cohort; a staff mentor works at the school. */
public enum MentorKind {
    PEER, STAFF
}
