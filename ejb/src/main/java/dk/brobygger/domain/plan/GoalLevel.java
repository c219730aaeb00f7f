package dk.brobygger.domain.plan;

/** The level a goal is expected at by a period's end, where the programme has levels (SSA). */
public enum GoalLevel {
    BEGYNDER, RUTINERET, AVANCERET
}
