package dk.brobygger.application;

import dk.brobygger.domain.access.StudentView;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.SeenNeed;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One thing someone else did or tried with a student's records, as the student reads it: when, who, in which
 * roles, from where (a placement, or the school when null), what they did, whether it was refused, and what they
 * saw (the part of the record, the needs with their level).
 */
public record AccessLine(Instant when, String name, String roles, String organisation, AuditAction action,
                         boolean refused, StudentView view, List<SeenNeed> seen) implements Serializable {

    /** The application itself, not a person (an expired consent noted), has no name or roles to show. */
    public boolean bySystem() {
        return roles == null;
    }
}
