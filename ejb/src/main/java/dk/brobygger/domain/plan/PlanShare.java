package dk.brobygger.domain.plan;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.placement.PlacementPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The student's choice to let their mentor read a period's training plan (docs/training-plan.md), until they stop
 * or the mentoring ends. Without it a mentor sees nothing of the plan.
 */
@Entity
@Table(name = "plan_share")
public class PlanShare extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "period_id", updatable = false)
    private PlacementPeriod period;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id", updatable = false)
    private Assignment mentoring;

    @Column(name = "shared_at", nullable = false, updatable = false)
    private Instant sharedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected PlanShare() {
        // for JPA
    }

    public PlanShare(PlacementPeriod period, Assignment mentoring, Instant at) {
        this.period = Objects.requireNonNull(period);
        this.mentoring = Objects.requireNonNull(mentoring);
        this.sharedAt = Objects.requireNonNull(at);
    }

    /** Whether this is a share with the mentor of that assignment. */
    public boolean isWith(Assignment assignment) {
        return mentoring.getId().equals(assignment.getId());
    }

    public void withdraw(Instant at) {
        withdrawnAt = Objects.requireNonNull(at);
    }
}
