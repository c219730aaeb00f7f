package dk.brobygger.domain.consent;

/** How much of a shared need the recipient sees. */
public enum ConsentLevel {
    /** The category and what helps at the placement. */
    ACCOMMODATIONS,
    /** Also the description. */
    FULL
}
