package dk.brobygger.domain.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentOfferTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final Student sara = new Student("S100001", "Sara", "Ali", LocalDate.of(2005, 3, 1), null, Programme.SSA,
            SchoolSite.HERLEV, "SSA-26A", LocalDate.of(2025, 8, 1));
    final SupportOffer fagsprog = new SupportOffer(new OfferDescription("FAGSPROG", "Fokus på fagsprog",
            "Focus on care language", "Undervisning.", "Teaching.", 8, OfferLevel.SPECIAL_NEEDS, OfferFormat.GROUP,
            OfferTiming.ANY_TIME, "Skolen", null, Set.of(NeedCategory.LANGUAGE), null));

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PROPOSED,  AGREED,    true",
        "PROPOSED,  DECLINED,  true",
        "PROPOSED,  CANCELLED, true",
        "PROPOSED,  ACTIVE,    false",
        "PROPOSED,  COMPLETED, false",
        "AGREED,    ACTIVE,    true",
        "AGREED,    CANCELLED, true",
        "AGREED,    DECLINED,  false",
        "AGREED,    COMPLETED, false",
        "ACTIVE,    COMPLETED, true",
        "ACTIVE,    CANCELLED, true",
        "ACTIVE,    AGREED,    false",
        "COMPLETED, CANCELLED, false",
        "DECLINED,  AGREED,    false",
        "CANCELLED, ACTIVE,    false",
    })
    void anOfferMovesOnlyAlongItsLife(OfferStatus from, OfferStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void everyStepIsKeptWithWhenWhoAndTheNote() {
        StudentOffer offer = new StudentOffer(sara, fagsprog, Set.of(), "kp.hansen", NOW, "Foreslået i dag.");
        offer.moveTo(OfferStatus.AGREED, NOW.plusSeconds(60), "elev.ali", null, null, null);
        offer.moveTo(OfferStatus.ACTIVE, NOW.plusSeconds(120), "kp.hansen", " ", null, null);
        offer.moveTo(OfferStatus.COMPLETED, NOW.plusSeconds(180), "kp.hansen", null, " Forstår fagordene. ",
                Helped.PARTLY);

        assertEquals(List.of(OfferStatus.PROPOSED, OfferStatus.AGREED, OfferStatus.ACTIVE, OfferStatus.COMPLETED),
                offer.getEvents().stream().map(OfferEvent::getStatus).toList());
        assertEquals("elev.ali", offer.getEvents().get(1).getBy());
        assertEquals(null, offer.getEvents().get(2).getNote(), "a blank note is no note");
        assertEquals("Forstår fagordene.", offer.getOutcome());
        assertEquals(Helped.PARTLY, offer.getHelped());
    }

    @Test
    void anIllegalStepOrACompletionWithoutOutcomeChangesNothing() {
        StudentOffer offer = new StudentOffer(sara, fagsprog, Set.of(), "kp.hansen", NOW, null);

        assertThrows(IllegalStateException.class,
                () -> offer.moveTo(OfferStatus.COMPLETED, NOW, "kp.hansen", null, "Godt", Helped.YES));
        offer.moveTo(OfferStatus.AGREED, NOW, "kp.hansen", "Aftalt.", null, null);
        offer.moveTo(OfferStatus.ACTIVE, NOW, "kp.hansen", null, null, null);
        assertThrows(IllegalArgumentException.class,
                () -> offer.moveTo(OfferStatus.COMPLETED, NOW, "kp.hansen", null, "Godt", null));

        assertEquals(OfferStatus.ACTIVE, offer.getStatus());
        assertEquals(3, offer.getEvents().size());
    }

    @Test
    void aRetiredOfferIsNotProposedAndBadCatalogueEntriesAreRefused() {
        fagsprog.setActive(false);

        assertThrows(IllegalStateException.class,
                () -> new StudentOffer(sara, fagsprog, Set.of(), "kp.hansen", NOW, null));
        assertThrows(IllegalArgumentException.class, () -> new OfferDescription("små", "a", "a", "a", "a", 8,
                OfferLevel.GENERAL, OfferFormat.GROUP, OfferTiming.ANY_TIME, "Skolen", null, Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new OfferDescription("NI", "a", "a", "a", "a", 9,
                OfferLevel.GENERAL, OfferFormat.GROUP, OfferTiming.ANY_TIME, "Skolen", null, Set.of(), null));
        assertTrue(OfferStatus.AGREED.open() && !OfferStatus.DECLINED.open());
    }
}
