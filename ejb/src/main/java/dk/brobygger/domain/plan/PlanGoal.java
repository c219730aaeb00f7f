package dk.brobygger.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** A goal of a plan (the catalogue goal's id), with the level expected by the period's end. */
@Embeddable
public class PlanGoal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Enumerated(EnumType.STRING)
    private GoalLevel level;

    protected PlanGoal() {
        // for JPA
    }

    public PlanGoal(long goalId, GoalLevel level) {
        this.goalId = goalId;
        this.level = level;
    }

    public long getGoalId() {
        return goalId;
    }

    public GoalLevel getLevel() {
        return level;
    }
}
