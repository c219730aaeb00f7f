package dk.brobygger.application;

import dk.brobygger.domain.Digests;
import dk.brobygger.domain.audit.ChainWalk;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed note of the hash chain's head (docs/audit.md): the place and hash of the last sealed event when it was
 * made, signed with the installation's checkpoint key (HMAC-SHA256). The data protection officer keeps it outside
 * the system; a later check proves that the chain still holds that event unchanged, so nothing was cut from the
 * end. Its one line is written and read by Brobygger only.
 */
public record Checkpoint(long chainSeq, String hash, Instant madeAt) {

    private static final String FORMAT = "brobygger-audit-checkpoint/1";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(FORMAT)
            + " seq=(\\d{1,18}) hash=([0-9a-f]{64}) at=(\\S+) mac=([0-9a-f]{64})");

    /** What a check of a checkpoint found. */
    public enum Finding {
        /** The chain still holds the event at the checkpoint's place, unchanged, and is intact up to it. */
        HOLDS,
        /** The chain ends before the checkpoint's place: events were removed from the end. */
        CUT,
        /** The checkpoint's place holds another event, or the chain is broken before it. */
        CHANGED,
        /** The line is not a checkpoint this installation signed. */
        NOT_OURS
    }

    /** What the chain, walked with this checkpoint's place watched, says of it. */
    public Finding against(ChainWalk walk) {
        if (walk.lastSeq() < chainSeq) {
            return Finding.CUT;
        }
        boolean brokenBefore = walk.firstBreak().filter(b -> b.chainSeq() <= chainSeq).isPresent();
        return brokenBefore || !walk.watchedHash().equals(Optional.of(hash)) ? Finding.CHANGED : Finding.HOLDS;
    }

    /** The checkpoint as the line the data protection officer keeps, signed with {@code key}. */
    public String signed(String key) {
        return FORMAT + " seq=" + chainSeq + " hash=" + hash + " at=" + madeAt + " mac=" + mac(key);
    }

    /** The checkpoint a line holds, if it is one and {@code key} signed it; nothing otherwise. */
    public static Optional<Checkpoint> read(String line, String key) {
        Matcher m = LINE.matcher(line == null ? "" : line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Checkpoint checkpoint = new Checkpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)));
            boolean ours = MessageDigest.isEqual(checkpoint.mac(key).getBytes(StandardCharsets.US_ASCII),
                    m.group(4).getBytes(StandardCharsets.US_ASCII));
            return ours ? Optional.of(checkpoint) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String mac(String key) {
        return Digests.hmacSha256(key, FORMAT + "|" + chainSeq + "|" + hash + "|" + madeAt);
    }
}
