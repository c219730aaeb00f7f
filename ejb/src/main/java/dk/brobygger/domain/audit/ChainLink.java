package dk.brobygger.domain.audit;

import dk.brobygger.domain.Digests;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sealed audit event as the hash chain covers it: its place, its hashes and every field its hash is made of
 * (docs/audit.md). The hash is computed here, in Java, so that a check does not rely on a database function the
 * schema owner could replace; the database's seal computes the same text the same way.
 */
public record ChainLink(long chainSeq, long id, String hash, String previousHash, Instant occurredAt,
                        String actorSubject, String actorUsername, String actorRoles, String action,
                        String recordType, Long recordId, Long studentId, String outcome, String reason,
                        String organisation, String studentView, List<Seen> seen, List<Long> listed,
                        Report report) {

    /** The hash of the event before the first. */
    public static final String GENESIS = "genesis";

    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    public ChainLink {
        seen = List.copyOf(seen);
        listed = List.copyOf(listed);
    }

    /** One need the event saw, at its place in the event's list. */
    public record Seen(int position, Long needId, String category, String level) {
    }

    /** The filters of a report, as stored: the site's name and the team, null for all, and the start years. */
    public record Report(String site, String team, int fromYear, int toYear) {
    }

    /**
     * What the hash should be, from the previous hash and the event's fields: SHA-256, in hex, of the fields
     * joined by "|" (an empty optional field as "-"; no student view, no seen needs, no listed students and no
     * report leave their place out).
     */
    public String expectedHash() {
        List<String> parts = new ArrayList<>();
        if (previousHash != null) {
            parts.add(previousHash);
        }
        parts.addAll(List.of(Long.toString(chainSeq), Long.toString(id), MICROSECONDS.format(occurredAt),
                orDash(actorSubject), actorUsername, actorRoles, action, recordType, orDash(recordId),
                orDash(studentId), outcome, orDash(reason), orDash(organisation)));
        if (studentView != null) {
            parts.add(studentView);
        }
        if (!seen.isEmpty()) {
            parts.add(seen.stream().map(s -> s.position() + ":" + orDash(s.needId()) + ":" + s.category() + ":"
                    + s.level()).collect(Collectors.joining(",")));
        }
        if (!listed.isEmpty()) {
            parts.add("listed:" + listed.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (report != null) {
            parts.add("report:" + orDash(report.site()) + ":" + orDash(report.team()) + ":" + report.fromYear() + "-"
                    + report.toYear());
        }
        return Digests.sha256(String.join("|", parts));
    }

    private static String orDash(Object value) {
        return Objects.toString(value, "-");
    }
}
