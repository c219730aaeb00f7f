package dk.brobygger.domain.need;

/** Where the school learned of a need. */
public enum NeedSource {
    SCREENING, INTERVIEW, SELF_REPORTED
}
