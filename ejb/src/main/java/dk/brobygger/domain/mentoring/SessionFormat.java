package dk.brobygger.domain.mentoring;

/** A session with one mentee, or with a cluster. */
public enum SessionFormat {
    INDIVIDUAL, GROUP
}
