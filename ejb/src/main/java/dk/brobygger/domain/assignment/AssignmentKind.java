package dk.brobygger.domain.assignment;

public enum AssignmentKind {
    CONTACT_PERSON, MENTOR
}
