package dk.brobygger.domain.mentoring;

/** What a mentor session was about: the fixed list mentors choose from. */
public enum SessionTopic {
    ACADEMIC, SOCIAL, PLACEMENT, WELL_BEING, PRACTICAL
}
