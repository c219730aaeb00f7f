package dk.brobygger.domain.plan;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.student.Programme;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A training goal (oplæringsmål) of a programme's catalogue, in one version, with the periods it is worked on in
 * (docs/training-plan.md). Goals and plans are not sensitive; a student's assessment against them is.
 */
@Entity
@Table(name = "training_goal")
public class TrainingGoal extends StoredRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Programme programme;

    @Column(nullable = false, updatable = false)
    private String version;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    /** A working title standing in for the school's official wording. */
    @Column(nullable = false)
    private boolean placeholder;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_goal_period", joinColumns = @JoinColumn(name = "goal_id"))
    private List<GoalPeriod> periods = new ArrayList<>();

    protected TrainingGoal() {
        // for JPA
    }

    public TrainingGoal(Programme programme, String version, int number, String title, boolean placeholder,
                        List<GoalPeriod> periods) {
        this.programme = Objects.requireNonNull(programme);
        this.version = Objects.requireNonNull(version);
        this.number = number;
        this.title = Objects.requireNonNull(title);
        this.placeholder = placeholder;
        this.periods.addAll(periods);
    }

    /** The level expected by the end of the period with this number, if the goal is worked on in it. */
    public Optional<GoalPeriod> in(int period) {
        return periods.stream().filter(p -> p.getPeriod() == period).findFirst();
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getVersion() {
        return version;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public boolean isPlaceholder() {
        return placeholder;
    }
}
