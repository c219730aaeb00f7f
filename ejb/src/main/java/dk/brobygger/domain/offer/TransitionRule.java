package dk.brobygger.domain.offer;

import dk.brobygger.domain.task.TaskAnchor;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When a transition offer gives the contact person a task: a number of days from a placement period's start or
 * end (negative for before), for the student's first period only or for every period.
 */
@Embeddable
public class TransitionRule {

    /** The furthest a task may lie from its period's date, either way. */
    public static final int OFFSET_MAX = 365;

    /** Which of a student's periods the rule gives a task for. */
    public enum Periods {
        FIRST, EVERY
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "task_anchor")
    private TaskAnchor anchor;

    @Column(name = "task_offset_days")
    private Integer offsetDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_periods")
    private Periods periods;

    protected TransitionRule() {
        // for JPA
    }

    public TransitionRule(TaskAnchor anchor, int offsetDays, Periods periods) {
        if (Math.abs(offsetDays) > OFFSET_MAX) {
            throw new IllegalArgumentException("A task lies at most " + OFFSET_MAX + " days from its period");
        }
        this.anchor = Objects.requireNonNull(anchor);
        this.offsetDays = offsetDays;
        this.periods = Objects.requireNonNull(periods);
    }

    /** The due date for a period with these dates. */
    public static LocalDate dueOn(TaskAnchor anchor, int offsetDays, LocalDate start, LocalDate end) {
        return (anchor == TaskAnchor.START ? start : end).plusDays(offsetDays);
    }

    /** Whether a period gives a task: every period, or only the student's first. */
    public boolean appliesTo(boolean firstPeriod) {
        return periods == Periods.EVERY || firstPeriod;
    }

    public TaskAnchor getAnchor() {
        return anchor;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    public Periods getPeriods() {
        return periods;
    }
}
