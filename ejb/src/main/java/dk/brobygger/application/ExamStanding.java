package dk.brobygger.application;

/**
 * Whether the student may sit the final exam, as the statement of their last placement period decides
 * (docs/training-plan.md): the statement approved it, did not, or has not been issued.
 */
public enum ExamStanding {
    MAY_SIT, NOT_APPROVED, AWAITING_STATEMENT
}
