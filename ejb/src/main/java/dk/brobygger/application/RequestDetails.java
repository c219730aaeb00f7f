package dk.brobygger.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One data-subject request: its line in the register, the note taken when it came in, who registered and handled it,
 * its version for the next change, and what was done for it (the copies produced).
 */
public record RequestDetails(RequestLine line, String note, String registeredBy, Instant registeredAt,
                             String handledBy, long version, List<Copy> copies) implements Serializable {

    public RequestDetails {
        copies = List.copyOf(copies);
    }

    /** A copy of the student's data produced for the request. */
    public record Copy(Instant producedAt, String producedBy, String reason, String sha256) implements Serializable {
    }
}
