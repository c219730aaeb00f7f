package dk.brobygger.domain.audit;

import dk.brobygger.domain.StoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail: who (Keycloak subject, username and roles) did or tried what to which record of
 * which student, when, and whether it was allowed. Append-only: the database refuses the application any
 * UPDATE or DELETE of these rows.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends StoredRecord {

    /** Whether the action was allowed. */
    public enum Outcome { ALLOWED, DENIED }

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", updatable = false)
    private String actorSubject;

    @Column(name = "actor_username", nullable = false, updatable = false)
    private String actorUsername;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    private String actorRoles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "student_id", updatable = false)
    private Long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(updatable = false)
    private String reason;

    /** Where the actor works, when not at the school: the placement through which they saw the data. */
    @Column(updatable = false)
    private String organisation;

    /** The event's place in the hash chain, given by the database when its transaction commits. */
    @Column(name = "chain_seq", insertable = false, updatable = false)
    private Long chainSeq;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actorSubject, String actorUsername, String actorRoles,
                      AuditAction action, String recordType, Long recordId, Long studentId, Outcome outcome,
                      String reason, String organisation) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorSubject = actorSubject;
        this.actorUsername = Objects.requireNonNull(actorUsername);
        this.actorRoles = Objects.requireNonNull(actorRoles);
        this.action = Objects.requireNonNull(action);
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = recordId;
        this.studentId = studentId;
        this.outcome = Objects.requireNonNull(outcome);
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.organisation = organisation == null || organisation.length() <= 200 ? organisation
                : organisation.substring(0, 200);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Long getChainSeq() {
        return chainSeq;
    }
}
