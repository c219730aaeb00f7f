package dk.brobygger.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private static final String KEY = "test-content-key-0123456789abcdefghij";
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

    @Test
    void aSecondFormatHashCoversTheKeyedDigestOfThePersonalContentInsteadOfTheContent() {
        List<ChainLink.Seen> seen = List.of(new ChainLink.Seen(0, 5L, "LANGUAGE", "FULL"));
        String digest = ChainLink.contentDigest(KEY, "sub-1", "elev.larsen", "3 shown", seen);
        // HMAC-SHA256 of "sub-1|elev.larsen|3 shown|0:5:LANGUAGE:FULL" with KEY, and sha256sum of
        // "genesis|1|101|2026-12-01T10:15:30.123456|student|VIEW_NEEDS|Need|-|7|ALLOWED|-|FULL|content:" and the
        // digest, both computed outside Java
        assertEquals("d9c200d55dbc3c86d41b59382fd39c41aad620345733b7883f92eec10b689fb1", digest);
        ChainLink link = secondFormat(null, "sub-1", "elev.larsen", "3 shown", seen, digest, false);
        assertEquals("50d76930e7568ce856e1b6cd5debe02abb0b92f1ecd10dab21e21f0fa6eb2220", link.expectedHash());
    }

    @Test
    void erasedContentStillVerifiesChangedContentDoesNotAndNeitherDoesAChangedDigest() {
        List<ChainLink.Seen> seen = List.of(new ChainLink.Seen(0, 5L, "LANGUAGE", "FULL"));
        String digest = ChainLink.contentDigest(KEY, "sub-1", "elev.larsen", "3 shown", seen);
        ChainLink written = secondFormat(null, "sub-1", "elev.larsen", "3 shown", seen, digest, false);
        ChainLink sealed = secondFormat(written.expectedHash(), "sub-1", "elev.larsen", "3 shown", seen, digest,
                false);
        assertTrue(walk(sealed).firstBreak().isEmpty());

        ChainLink erased = secondFormat(sealed.hash(), null, "-", null, List.of(), digest, true);
        assertTrue(walk(erased).firstBreak().isEmpty(), "the chain verifies once the content is erased");

        ChainLink otherNeed = secondFormat(sealed.hash(), "sub-1", "elev.larsen", "3 shown",
                List.of(new ChainLink.Seen(0, 5L, "PSYCHOLOGICAL", "FULL")), digest, false);
        assertEquals("CHANGED", walk(otherNeed).firstBreak().orElseThrow().problem(), "content no longer its digest");

        String forged = ChainLink.contentDigest(KEY, "sub-2", "kp.jensen", null, List.of());
        ChainLink otherDigest = secondFormat(sealed.hash(), "sub-2", "kp.jensen", null, List.of(), forged, false);
        assertEquals("CHANGED", walk(otherDigest).firstBreak().orElseThrow().problem(),
                "a digest made to fit new content no longer fits the hash");
    }

    private static ChainLink secondFormat(String hash, String subject, String username, String reason,
                                          List<ChainLink.Seen> seen, String digest, boolean erased) {
        return new ChainLink(1, 101, hash, ChainLink.GENESIS, AT, subject, username, "student", "VIEW_NEEDS", "Need",
                null, 7L, "ALLOWED", reason, null, "FULL", seen, List.of(), null, digest, erased);
    }

    private static ChainWalk walk(ChainLink... links) {
        ChainWalk walk = new ChainWalk(KEY);
        List.of(links).forEach(walk);
        return walk;
    }
}
