package dk.brobygger.application;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.StudentView;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.SeenNeed;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.security.AccessPolicy;
import dk.brobygger.security.Decision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What an operation's work knows from the gate (the caller, their relationship to the student, the policy's
 * decision) and what it tells the gate to audit: the record it created or touched, the needs it showed, the
 * students a list showed, a report's filters, a note for the data protection officer.
 */
public final class Scope {

    private final Gate gate;
    private final Caller caller;
    private final Relationship relationship;
    private final Decision decision;
    private AuditEntry entry;
    private Collection<Long> shown;
    private final List<AuditEntry> also = new ArrayList<>();

    Scope(Gate gate, Caller caller, Relationship relationship, Decision decision, AuditEntry entry) {
        this.gate = gate;
        this.caller = caller;
        this.relationship = relationship;
        this.decision = decision;
        this.entry = entry;
    }

    public Caller caller() {
        return caller;
    }

    public Relationship relationship() {
        return relationship;
    }

    /** The part of the student's record the caller may see, for an action that shows the record. */
    public StudentView view() {
        return decision.view();
    }

    /** Whether the caller may also do this to the same student now: to offer only what will be allowed. */
    public boolean allows(AuditAction action) {
        return AccessPolicy.decide(action, caller, relationship).allowed();
    }

    /**
     * Requires that the caller may also do this to the same student, where what is audited (a view of needs) is
     * narrower than what the operation needs (the right to record them): refused otherwise, audited as an attempt
     * at {@code action}.
     */
    public Scope require(AuditAction action) {
        Decision decision = AccessPolicy.decide(action, caller, relationship);
        if (!decision.allowed()) {
            throw gate.refuse(caller, entry.withAction(action), decision.reason());
        }
        return this;
    }

    /**
     * What the operation turns out to do, once the caller's relationship tells (the student's own answer, or the
     * contact person's change): required like {@link #require}, and audited as that action.
     */
    public Scope doing(AuditAction action) {
        require(action);
        entry = entry.withAction(action);
        return this;
    }

    /**
     * The student the operation turned out to concern, when the declaration could not name them: the student it
     * created, or whose audit trail the data protection officer searched.
     */
    public Scope about(Long studentId) {
        entry = entry.withStudent(studentId);
        return this;
    }

    /** The record the operation created or found. */
    public Scope record(Long id) {
        entry = entry.withRecord(id);
        return this;
    }

    /** The needs shown, with how much of each. */
    public Scope saw(List<SeenNeed> needs) {
        entry = entry.withSeen(needs);
        return this;
    }

    /** A list showed these students: its event names them all, so each student's access log shows it. */
    public Scope shown(Collection<Long> studentIds) {
        shown = List.copyOf(studentIds);
        return this;
    }

    /**
     * What the allowed operation did to each record besides what it declared, audited with it: the students an
     * import created or changed, each with its own action.
     */
    public Scope also(AuditEntry entry) {
        also.add(entry);
        return this;
    }

    /** The filters the report was made with. */
    public Scope report(ReportFilter filter) {
        entry = entry.withReport(filter);
        return this;
    }

    /** A note for the data protection officer, shown as written and never read back. */
    public Scope detail(String note) {
        entry = entry.withDetail(note);
        return this;
    }

    /** Where the caller saw the data, when not at the school: the placement(s). */
    public Scope organisation(String where) {
        entry = entry.withOrganisation(where);
        return this;
    }

    /** Refuses what the policy allows but the records do not: audited in its own transaction; throw the result. */
    public AccessDeniedException refuse(String reason) {
        return gate.refuse(caller, entry, reason);
    }

    /** What the operation did, as it is audited (the declared action, or what {@link #doing} said). */
    AuditAction action() {
        return entry.action();
    }

    /** What the gate audits for the work: the operation (with the students a list showed), and what else it did. */
    List<AuditEntry> entries() {
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(shown == null ? entry : entry.withListed(List.copyOf(shown)));
        entries.addAll(also);
        return entries;
    }
}
