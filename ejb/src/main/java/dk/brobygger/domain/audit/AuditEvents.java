package dk.brobygger.domain.audit;

import dk.brobygger.domain.student.Page;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail as read (it is written by the audit trail writer only). Events come with what each saw, read in
 * one more query for the whole list (not one per event).
 */
public interface AuditEvents {

    /** One page of the events matching the search, newest first, and how many match. */
    Page<AuditEvent> search(AuditSearch search, int first, int size);

    /** How many events match the search. */
    long count(AuditSearch search);

    /** All events matching the search, newest first. */
    List<AuditEvent> all(AuditSearch search);

    /**
     * One page of what others than the holder of the Keycloak subject (the student) did or tried with the
     * student's records, newest first, and how many there are.
     */
    Page<AuditEvent> byOthersAbout(long studentId, String subject, int first, int size);

    /** How many events the hash chain has sealed. */
    long sealed();

    /** How many events are outside the chain. */
    long unsealed();

    /** The newest sealed event's hash. */
    Optional<String> lastHash();

    /** The first sealed event that does not fit in the chain, if any. */
    Optional<ChainBreak> firstBreak();

    /**
     * A place where the chain is broken.
     *
     * @param problem CHANGED, MISSING or BROKEN_LINK
     */
    record ChainBreak(long chainSeq, long eventId, String problem) {
    }
}
