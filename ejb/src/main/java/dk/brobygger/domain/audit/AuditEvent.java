package dk.brobygger.domain.audit;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.access.StudentView;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.domain.student.SchoolSite;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the audit trail: who (Keycloak subject, username and roles) did or tried what to which record of
 * which student, when, and whether it was allowed; what the reader saw is kept as data (the part of the record,
 * the needs with their level), never as text to be parsed (docs/audit.md). Append-only: the database refuses the application any
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

    /** Which part of the student's record the reader saw, for a view of it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "student_view", updatable = false)
    private StudentView studentView;

    /** The needs the reader saw, with how much of each, in the order shown. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audit_seen_need", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<SeenNeed> seenNeeds = new ArrayList<>();

    /** The students a list showed, in order (the list's event names them all, docs/audit.md). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audit_listed_student", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "student_id", updatable = false)
    private List<Long> listedStudents = new ArrayList<>();

    /** A report's filters (docs/reports.md): the site and team, null for all, and the start years, always given. */
    @Enumerated(EnumType.STRING)
    @Column(name = "report_site", updatable = false)
    private SchoolSite reportSite;

    @Column(name = "report_team", updatable = false)
    private String reportTeam;

    @Column(name = "report_from_year", updatable = false)
    private Integer reportFromYear;

    @Column(name = "report_to_year", updatable = false)
    private Integer reportToYear;

    /** Why a refusal was made, or a note on an allowed action: for the data protection officer, never parsed. */
    @Column(updatable = false)
    private String reason;

    /** Where the actor works, when not at the school: the placement through which they saw the data. */
    @Column(updatable = false)
    private String organisation;

    /** The event's place in the hash chain, given by the sealer shortly after its transaction commits. */
    @Column(name = "chain_seq", insertable = false, updatable = false)
    private Long chainSeq;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actorSubject, String actorUsername, String actorRoles,
                      AuditEntry entry, Outcome outcome) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorSubject = actorSubject;
        this.actorUsername = Objects.requireNonNull(actorUsername);
        this.actorRoles = Objects.requireNonNull(actorRoles);
        this.action = entry.action();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.studentId = entry.studentId();
        this.studentView = entry.view();
        this.seenNeeds.addAll(entry.seen());
        this.listedStudents.addAll(entry.listed());
        if (entry.report() != null) {
            this.reportSite = entry.report().site();
            this.reportTeam = entry.report().team();
            this.reportFromYear = Objects.requireNonNull(entry.report().fromYear());
            this.reportToYear = Objects.requireNonNull(entry.report().toYear());
        }
        this.outcome = Objects.requireNonNull(outcome);
        this.reason = cut(entry.detail(), 500);
        this.organisation = cut(entry.organisation(), 200);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
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

    public StudentView getStudentView() {
        return studentView;
    }

    public List<Long> getListedStudents() {
        return List.copyOf(listedStudents);
    }

    public List<SeenNeed> getSeenNeeds() {
        return List.copyOf(seenNeeds);
    }

    /** The filters a report was made with; null for any other event. */
    public ReportFilter getReport() {
        return reportFromYear == null ? null : new ReportFilter(reportSite, reportTeam, reportFromYear, reportToYear);
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
