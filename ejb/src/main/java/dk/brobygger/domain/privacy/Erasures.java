package dk.brobygger.domain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Erasure of students' data, and what was erased (docs/data-protection.md). */
public interface Erasures {

    /**
     * The students not erased whose category is due on {@code day}: they left (a status other than active) at
     * least {@code months} months before (on the day those months end, as a month after 31 January is
     * 28 February), the category is not erased yet, and no request to restrict processing is open; at most
     * {@code atMost}, in the order they left.
     */
    List<Long> due(ErasureCategory category, int months, LocalDate day, int atMost);

    /** Whether a request to restrict processing is open for the student. */
    boolean restricted(long studentId);

    /** Erases the category of the student's data in the database; returns how many rows went. */
    int erase(long studentId, ErasureCategory category);

    /** Erases the personal content of audit events older than {@code cutoff}, at most so many; returns how many. */
    int eraseAuditContentBefore(Instant cutoff, int atMost);

    /** The categories erased of the student's data. */
    List<DataErasure> of(long studentId);

    /** The erasures carried out for a request. */
    List<DataErasure> forRequest(DataRequest request);

    void add(DataErasure erasure);
}
