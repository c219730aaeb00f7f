package dk.brobygger.domain.audit;

import dk.brobygger.domain.student.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit trail as read (it is written by the audit trail writer only). Events come with what each saw, read in
 * one more query for the whole list (not one per event).
 */
public interface AuditEvents {

    /**
     * Beyond this many events a search's total is not counted: counting millions of events on every page would
     * cost seconds (docs/performance.md); a person narrows such a search instead.
     */
    int COUNT_LIMIT = 10_000;

    /**
     * One page of the events matching the search, newest first, and how many match, counted up to
     * {@link #COUNT_LIMIT} (a total of one more means more than that).
     */
    Page<AuditEvent> search(AuditSearch search, int first, int size);

    /** How many events match the search, counted up to {@code atMost} (one more means more than that). */
    long count(AuditSearch search, int atMost);

    /** All events matching the search, newest first. */
    List<AuditEvent> all(AuditSearch search);

    /**
     * One page of what others than the holder of the Keycloak subject (the student) did or tried with the
     * student's records, newest first, and how many there are.
     */
    Page<AuditEvent> byOthersAbout(long studentId, String subject, int first, int size);

    /** The changes allowed to the student's records since {@code since}, of these actions, oldest first. */
    List<AuditEvent> changesAbout(long studentId, Instant since, Collection<AuditAction> actions);

    /** How many events the chain holds (its last place). */
    long chainLength();

    /** How many events written before {@code cutoff} are still outside the chain. */
    long unsealedBefore(Instant cutoff);

    /**
     * Hands every sealed event to {@code each}, in the chain's order, with the fields its hash covers; read as a
     * stream, so that millions of events never sit in memory together.
     */
    void walkChain(Consumer<ChainLink> each);
}
