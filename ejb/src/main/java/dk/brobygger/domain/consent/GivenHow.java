package dk.brobygger.domain.consent;

public enum GivenHow {
    /** By the student, signed in. */
    IN_APPLICATION,
    /** On paper or by word of mouth, recorded by the contact person. */
    RECORDED_BY_CONTACT_PERSON
}
