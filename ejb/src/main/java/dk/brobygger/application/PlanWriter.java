package dk.brobygger.application;

/**
 * Which part of a training plan the caller writes (docs/training-plan.md): the student their own goals and their
 * view of each assessment; the contact person what the school has taught and the conversation dates; the period's
 * supervisor the dates and the assessments. A supervisor taken off the period and the mentor the student shares the
 * plan with read it only.
 */
public enum PlanWriter {
    STUDENT, CONTACT_PERSON, SUPERVISOR, FORMER_SUPERVISOR, MENTOR;

    /** Whether this reader writes a part of the plan at all. */
    public boolean writes() {
        return this != FORMER_SUPERVISOR && this != MENTOR;
    }
}
