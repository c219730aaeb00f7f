package dk.brobygger.domain.offer;

/** Whether a completed offer helped the student, as judged when it was completed. */
public enum Helped {
    YES, PARTLY, NO
}
