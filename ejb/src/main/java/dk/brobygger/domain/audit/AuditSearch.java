package dk.brobygger.domain.audit;

import java.time.Instant;

/**
 * What the audit trail is searched for; every part may be null (a blank username too).
 *
 * @param from the first instant included
 * @param to   the first instant no longer included
 */
public record AuditSearch(Long studentId, String username, Instant from, Instant to, AuditAction action) {
}
