package dk.brobygger.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.audit.ChainLink;
import dk.brobygger.domain.audit.ChainWalk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final String KEY = "a-key-for-this-test-only-0123456789";

    @Test
    void aSignedLineReadsBackAndAnyOtherDoesNot() {
        Checkpoint checkpoint = new Checkpoint(42, "ab".repeat(32), Instant.parse("2026-12-01T10:00:00Z"));
        String line = checkpoint.signed(KEY);
        assertEquals(checkpoint, Checkpoint.read(line, KEY).orElseThrow());
        assertEquals(checkpoint, Checkpoint.read("  " + line + "\n", KEY).orElseThrow(), "as pasted from the file");
        assertTrue(Checkpoint.read(line, "another-key-of-another-installation").isEmpty());
        assertTrue(Checkpoint.read(line.replace("seq=42", "seq=41"), KEY).isEmpty(), "a changed place");
        assertTrue(Checkpoint.read(line.replace("ab", "cd"), KEY).isEmpty(), "a changed hash");
        assertTrue(Checkpoint.read("not a checkpoint", KEY).isEmpty());
        assertTrue(Checkpoint.read(null, KEY).isEmpty());
    }

    @Test
    void theChainHoldsTheCheckpointOrWasCutOrChanged() {
        List<ChainLink> chain = chain(5);
        ChainLink third = chain.get(2);
        Checkpoint atThird = new Checkpoint(3, third.hash(), Instant.now());

        assertEquals(Checkpoint.Finding.HOLDS, atThird.against(walk(chain, 3)));
        assertEquals(Checkpoint.Finding.CUT, atThird.against(walk(chain.subList(0, 2), 3)));
        assertEquals(Checkpoint.Finding.CHANGED, new Checkpoint(3, "0".repeat(64), Instant.now())
                .against(walk(chain, 3)), "another event at its place");
        List<ChainLink> gap = new ArrayList<>(chain);
        gap.remove(1);
        assertEquals(Checkpoint.Finding.CHANGED, atThird.against(walk(gap, 3)), "broken before it");
    }

    private static ChainWalk walk(List<ChainLink> links, long watched) {
        ChainWalk walk = new ChainWalk(watched, KEY);
        links.forEach(walk);
        return walk;
    }

    private static List<ChainLink> chain(int length) {
        List<ChainLink> links = new ArrayList<>();
        String previous = ChainLink.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            ChainLink unsealed = new ChainLink(seq, seq, null, previous, Instant.parse("2026-12-01T10:00:00Z"), null,
                    "dpo.madsen", "data-protection-officer", "READ_AUDIT", "AuditEvent", null, null, "ALLOWED", null,
                    null, null, List.of(), List.of(), null);
            ChainLink sealed = new ChainLink(seq, seq, unsealed.expectedHash(), previous, unsealed.occurredAt(), null,
                    "dpo.madsen", "data-protection-officer", "READ_AUDIT", "AuditEvent", null, null, "ALLOWED", null,
                    null, null, List.of(), List.of(), null);
            links.add(sealed);
            previous = sealed.hash();
        }
        return links;
    }
}
