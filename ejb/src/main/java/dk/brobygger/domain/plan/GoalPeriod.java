package dk.brobygger.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** A period a goal is worked on in, by the period's number (1 for 1a and 1b), with the level expected. */
@Embeddable
public class GoalPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int period;

    @Enumerated(EnumType.STRING)
    private GoalLevel level;

    protected GoalPeriod() {
        // for JPA
    }

    public GoalPeriod(int period, GoalLevel level) {
        this.period = period;
        this.level = level;
    }

    public int getPeriod() {
        return period;
    }

    public GoalLevel getLevel() {
        return level;
    }
}
