package dk.brobygger.domain.plan;

/** Why a student was absent from the placement: never more than this, no health detail (docs/training-plan.md). */
public enum AbsenceReason {
    SICK, OTHER, UNEXPLAINED
}
