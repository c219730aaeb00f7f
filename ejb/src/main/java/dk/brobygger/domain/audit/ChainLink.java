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
 *
 * <p>An event of the first format ({@code contentDigest} null) is hashed with its personal content in clear. An
 * event of the second carries a keyed digest of that content (who did it, the note, the needs seen), and the chain
 * hashes the digest instead: the content can then be erased ({@code erased}) while the chain still verifies, and
 * where it is not erased the digest shows whether it was changed.
 */
public record ChainLink(long chainSeq, long id, String hash, String previousHash, Instant occurredAt,
                        String actorSubject, String actorUsername, String actorRoles, String action,
                        String recordType, Long recordId, Long studentId, String outcome, String reason,
                        String organisation, String studentView, List<Seen> seen, List<Long> listed,
                        Report report, String contentDigest, boolean erased) {

    /** The hash of the event before the first. */
    public static final String GENESIS = "genesis";

    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    public ChainLink {
        seen = List.copyOf(seen);
        listed = List.copyOf(listed);
    }

    /** An event of the first format, hashed with its content in clear. */
    public ChainLink(long chainSeq, long id, String hash, String previousHash, Instant occurredAt,
                     String actorSubject, String actorUsername, String actorRoles, String action, String recordType,
                     Long recordId, Long studentId, String outcome, String reason, String organisation,
                     String studentView, List<Seen> seen, List<Long> listed, Report report) {
        this(chainSeq, id, hash, previousHash, occurredAt, actorSubject, actorUsername, actorRoles, action,
                recordType, recordId, studentId, outcome, reason, organisation, studentView, seen, listed, report,
                null, false);
    }

    /**
     * The keyed digest of an event's personal content: who did it, the note and the needs seen, with the
     * installation's content key (HMAC-SHA256). Without the key it cannot be worked back from what it hides.
     */
    public static String contentDigest(String key, String actorSubject, String actorUsername, String reason,
                                       List<Seen> seen) {
        return Digests.hmacSha256(key, String.join("|", orDash(actorSubject), actorUsername, orDash(reason),
                seenText(seen)));
    }

    /**
     * Whether the event's personal content is as it was written: always for the first format (its hash covers it)
     * and once erased; otherwise its digest with {@code key} must be the one stored.
     */
    public boolean contentIntact(String key) {
        return contentDigest == null || erased || contentDigest.equals(contentDigest(key, actorSubject,
                actorUsername, reason, seen));
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
     * report leave their place out). In the second format the personal content's digest, marked "content:",
     * stands in for the actor's subject and username, the note and the needs seen.
     */
    public String expectedHash() {
        List<String> parts = new ArrayList<>();
        if (previousHash != null) {
            parts.add(previousHash);
        }
        if (contentDigest == null) {
            parts.addAll(List.of(Long.toString(chainSeq), Long.toString(id), MICROSECONDS.format(occurredAt),
                    orDash(actorSubject), actorUsername, actorRoles, action, recordType, orDash(recordId),
                    orDash(studentId), outcome, orDash(reason), orDash(organisation)));
        } else {
            parts.addAll(List.of(Long.toString(chainSeq), Long.toString(id), MICROSECONDS.format(occurredAt),
                    actorRoles, action, recordType, orDash(recordId), orDash(studentId), outcome,
                    orDash(organisation)));
        }
        if (studentView != null) {
            parts.add(studentView);
        }
        if (contentDigest != null) {
            parts.add("content:" + contentDigest);
        } else if (!seen.isEmpty()) {
            parts.add(seenText(seen));
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

    private static String seenText(List<Seen> seen) {
        return seen.stream().map(s -> s.position() + ":" + orDash(s.needId()) + ":" + s.category() + ":"
                + s.level()).collect(Collectors.joining(","));
    }

    private static String orDash(Object value) {
        return Objects.toString(value, "-");
    }
}
