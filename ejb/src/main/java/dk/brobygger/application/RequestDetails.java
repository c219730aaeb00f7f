package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.privacy.ErasureCategory;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One data-subject request: its line in the register, the note taken when it came in, who registered and handled it,
 * its version for the next change, and what was done for it: the copies produced, the erasure carried out, and for a
 * correction the changes made to the student's records since it came in.
 */
public record RequestDetails(RequestLine line, String note, String registeredBy, Instant registeredAt,
                             String handledBy, long version, List<Copy> copies, List<Erasure> erasures,
                             List<Change> changes) implements Serializable {

    public RequestDetails {
        copies = List.copyOf(copies);
        erasures = List.copyOf(erasures);
        changes = List.copyOf(changes);
    }

    /** A change to the student's records, as the audit trail has it: when, who, what. */
    public record Change(Instant at, String by, AuditAction action) implements Serializable {
    }

    /** An erasure carried out for the request: what, when, by whom, why, and how many rows went. */
    public record Erasure(ErasureCategory category, Instant erasedAt, String erasedBy, String reason, int rows)
            implements Serializable {
    }

    /** A copy of the student's data produced for the request. */
    public record Copy(Instant producedAt, String producedBy, String reason, String sha256) implements Serializable {
    }
}
