package dk.brobygger.domain.consent;

public enum ConsentStatus {
    /** Prepared by the contact person; the student has not answered. */
    PROPOSED,
    DECLINED,
    GIVEN
}
