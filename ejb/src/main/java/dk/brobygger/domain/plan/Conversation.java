package dk.brobygger.domain.plan;

/** The two assessment conversations of a period: midtvejssamtale and slutevaluering. */
public enum Conversation {
    MIDTERM, FINAL
}
