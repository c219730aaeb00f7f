package dk.brobygger.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456Z");

    /** A link sealed as the database seals it: its hash made from its fields and the previous hash. */
    private static ChainLink sealed(long seq, String previousHash, String reason, List<ChainLink.Seen> seen) {
        ChainLink unsealed = new ChainLink(seq, 100 + seq, null, previousHash, AT, "sub-1", "kp.hansen",
                "contact-person", "VIEW_NEEDS", "Need", null, 7L, "ALLOWED", reason, null, "FULL", seen, List.of(),
                null);
        return withHash(unsealed, unsealed.expectedHash());
    }

    private static ChainLink withHash(ChainLink l, String hash) {
        return new ChainLink(l.chainSeq(), l.id(), hash, l.previousHash(), l.occurredAt(), l.actorSubject(),
                l.actorUsername(), l.actorRoles(), l.action(), l.recordType(), l.recordId(), l.studentId(),
                l.outcome(), l.reason(), l.organisation(), l.studentView(), l.seen(), l.listed(), l.report());
    }

    @Test
    void theHashIsSha256OfTheFieldsJoinedAsTheDatabaseJoinsThem() {
        ChainLink link = sealed(1, ChainLink.GENESIS, null, List.of(new ChainLink.Seen(0, 5L, "LANGUAGE", "FULL")));
        // sha256sum of "genesis|1|101|2026-12-01T10:15:30.123456|sub-1|kp.hansen|contact-person|VIEW_NEEDS|Need|-|7
        // |ALLOWED|-|-|FULL|0:5:LANGUAGE:FULL" (one line), computed outside Java; the database's seal makes the same
        // text (the stack's tests check real sealed events with it)
        assertEquals("315bfb08b38d837c49d64403d20ebd04e9b917eb15745835f98e7e226f6a0b2b", link.expectedHash());
    }

    @Test
    void aListsHashCoversTheStudentsItShowedInOrder() {
        ChainLink list = new ChainLink(1, 101, null, ChainLink.GENESIS, AT, "sub-1", "kp.hansen", "contact-person",
                "LIST", "Student", null, null, "ALLOWED", null, null, null, List.of(), List.of(3L, 4L), null);
        // sha256sum of "genesis|1|101|2026-12-01T10:15:30.123456|sub-1|kp.hansen|contact-person|LIST|Student|-|-
        // |ALLOWED|-|-|listed:3,4" (one line), computed outside Java
        assertEquals("760bde38ca01f2635e36f5b7696f7c4779aa76a4c5217a95bed42ed2497f6b4f", list.expectedHash());
    }

    @Test
    void aReportsHashCoversItsFilters() {
        ChainLink report = new ChainLink(1, 101, null, ChainLink.GENESIS, AT, "sub-9", "ul.christensen",
                "education-leader", "RUN_REPORT", "DropoutReport", null, null, "ALLOWED", null, null, null, List.of(),
                List.of(), new ChainLink.Report("NORD", null, 2023, 2025));
        // sha256sum of "genesis|1|101|2026-12-01T10:15:30.123456|sub-9|ul.christensen|education-leader|RUN_REPORT
        // |DropoutReport|-|-|ALLOWED|-|-|report:NORD:-:2023-2025" (one line), computed outside Java
        assertEquals("b3a4aa40ec566140fcdbc361cf475f156a0fdae2237afeb76ebc94460e529130", report.expectedHash());
        ChainLink otherTeam = new ChainLink(1, 101, null, ChainLink.GENESIS, AT, "sub-9", "ul.christensen",
                "education-leader", "RUN_REPORT", "DropoutReport", null, null, "ALLOWED", null, null, null, List.of(),
                List.of(), new ChainLink.Report("NORD", "A1", 2023, 2025));
        assertNotEquals(report.expectedHash(), otherTeam.expectedHash(), "another team is another hash");
    }

    @Test
    void anIntactChainHasNoBreakAndEndsWithItsLastHash() {
        ChainLink first = sealed(1, ChainLink.GENESIS, null, List.of());
        ChainLink second = sealed(2, first.hash(), "note", List.of());
        ChainWalk walk = walk(first, second);
        assertTrue(walk.firstBreak().isEmpty());
        assertEquals(2, walk.links());
        assertEquals(second.hash(), walk.lastHash().orElseThrow());
    }

    @Test
    void aChangedFieldAMissingPlaceAndABrokenLinkAreEachFound() {
        ChainLink first = sealed(1, ChainLink.GENESIS, null, List.of());
        ChainLink second = sealed(2, first.hash(), "note", List.of());
        ChainLink changed = new ChainLink(2, second.id(), second.hash(), second.previousHash(), AT, "sub-1",
                "kp.hansen", "contact-person", "VIEW_NEEDS", "Need", null, 8L, "ALLOWED", "note", null, "FULL",
                List.of(), List.of(), null);
        assertNotEquals(changed.hash(), changed.expectedHash(), "another student is another hash");
        assertEquals(new ChainWalk.Break(2, second.id(), "CHANGED"), walk(first, changed).firstBreak().orElseThrow());

        ChainLink third = sealed(3, first.hash(), null, List.of());
        assertEquals("MISSING", walk(first, third).firstBreak().orElseThrow().problem());

        ChainLink relinked = sealed(2, "f".repeat(64), null, List.of());
        assertEquals("BROKEN_LINK", walk(first, relinked).firstBreak().orElseThrow().problem());
    }

    private static ChainWalk walk(ChainLink... links) {
        ChainWalk walk = new ChainWalk();
        List.of(links).forEach(walk);
        return walk;
    }
}
