package dk.brobygger.application;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.infrastructure.audit.AuditTrail;
import dk.brobygger.security.AccessPolicy;
import dk.brobygger.security.Decision;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one gate every operation on personal data passes (docs/architecture.md). An operation declares what it does
 * as an {@link AuditEntry} (the action, the record and the student); the gate resolves the caller and their
 * relationship to the student (once per request), asks the {@link AccessPolicy}, audits a refusal in a
 * transaction of its own and throws, or runs the work and audits what it saw in the same transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Gate {

    @Inject
    private RequestAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private RefusalThrottle throttle;

    /** Who is calling: to find the caller's own records before declaring an operation on them. */
    public Caller caller() {
        return access.caller();
    }

    /** Runs work on the declared student's records (the student must exist), or on none when no student is named. */
    public <R> R run(AuditEntry declared, Work<R> work) {
        if (declared == null || work == null) {
            throw new UndeclaredOperationException("an operation must declare its action before it runs");
        }
        Caller caller = access.caller();
        Relationship relationship = Relationship.NONE;
        if (declared.studentId() != null) {
            relationship = access.relationship(declared.studentId()).orElseThrow(() ->
                    refuse(caller, declared, "no such student"));
        }
        Decision decision = AccessPolicy.decide(declared.action(), caller, relationship);
        if (!decision.allowed()) {
            throw refuse(caller, declared, decision.reason());
        }
        // the part of a student's record the reader may see; a view of a placement or an offer has none
        Scope scope = new Scope(this, caller, relationship, decision,
                declared.studentId() == null ? declared : declared.withView(decision.view()));
        R result = work.run(scope);
        if (!access.hold(scope.entries())) {
            audit.allowed(caller, scope.entries());
        }
        access.passed();
        if (!scope.action().reads()) {
            access.forget();
        }
        return result;
    }

    /**
     * Runs work on one record that must exist, declared on its student: a record that does not exist is refused
     * like one out of reach, so that an id reveals nothing.
     */
    public <T, R> R run(AuditEntry declared, Optional<T> record, Function<T, Long> studentOf, RecordWork<T, R> work) {
        if (record.isEmpty()) {
            throw refuse(access.caller(), declared, "no such " + declared.recordType());
        }
        T found = record.get();
        return run(declared.withStudent(studentOf.apply(found)), scope -> work.run(scope, found));
    }

    /**
     * Runs several operations as one, in one transaction: a page that shows several parts of a record, each
     * declared and decided by itself. Their audit events are written together when the last of them is done.
     */
    public <R> R together(Supplier<R> operations) {
        access.holdAudit();
        boolean done = false;
        try {
            R result = operations.get();
            done = true;
            return result;
        } finally {
            List<AuditEntry> held = access.releaseAudit();
            if (done && !held.isEmpty()) {
                audit.allowed(access.caller(), held);
            }
        }
    }

    /** Refuses what the policy allowed but the records do not (a rule of the domain): audited, then thrown. */
    AccessDeniedException refuse(Caller caller, AuditEntry declared, String reason) {
        audited(caller, declared, reason);
        return new AccessDeniedException(declared.action() + " " + declared.recordType() + " "
                + declared.recordId() + ": " + reason);
    }

    /** Audits a refusal made before any service was asked (a page closed to the caller's roles). */
    public void refused(AuditEntry declared, String reason) {
        audited(access.caller(), declared, reason);
        access.passed();
    }

    /**
     * A refusal is audited, in its own transaction, and counted against a burst (RefusalThrottle): past the limit,
     * the refusal that crossed it is in the trail, and the person's further refusals in the window write nothing.
     */
    private void audited(Caller caller, AuditEntry declared, String reason) {
        if (throttle.throttled(caller.username())) {
            return;
        }
        boolean burst = throttle.refused(caller.username());
        audit.refused(caller, declared.withDetail(burst ? reason + "; too many refusals in a short time: the next"
                + " requests wait " + throttle.window().toSeconds() + " s" : reason));
    }

    /** An operation's work, run by the gate once the caller may do what it declared. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Scope scope);
    }

    /** Work on a record the gate has found. */
    @FunctionalInterface
    public interface RecordWork<T, R> {
        R run(Scope scope, T record);
    }
}
