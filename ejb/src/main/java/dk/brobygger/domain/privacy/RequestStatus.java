package dk.brobygger.domain.privacy;

/** Where a data-subject request stands: open, done, or refused with a reason. */
public enum RequestStatus {
    OPEN, DONE, REFUSED
}
