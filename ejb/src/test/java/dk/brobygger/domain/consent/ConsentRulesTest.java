package dk.brobygger.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.Ids;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.NeedContent;
import dk.brobygger.domain.need.NeedSource;
import dk.brobygger.domain.need.NeedStatus;
import dk.brobygger.domain.placement.PeriodCode;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementSize;
import dk.brobygger.domain.placement.PlacementType;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.access.Caller;
import dk.brobygger.security.ConsentPolicy;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The consent rules (docs/consent.md) on consents and the policy that reads them, without a container. */
class ConsentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final Student sara = new Student("S100001", "Sara", "Ali", LocalDate.of(2005, 3, 1), null, Programme.SSA,
            SchoolSite.HERLEV, "SSA-26A", LocalDate.of(2025, 8, 1));
    final UserProfile anne = Ids.of(new UserProfile("ov.nielsen", "Anne Nielsen", null), 7L);
    final UserProfile mette = Ids.of(new UserProfile("mentor.andersen", "Mette Andersen", null), 8L);
    final Placement solhaven = new Placement("Plejecenter Solhaven", PlacementType.NURSING_HOME,
            PlacementSize.MEDIUM, "Amager", Set.of());
    final PlacementPeriod period;
    final Assignment mentoring = Assignment.mentor(sara, mette, MentorType.INDIVIDUAL, TODAY.minusDays(30),
            TODAY.plusDays(60), "ul.christensen", NOW);
    final Need language = new Need(sara, new NeedContent(NeedCategory.LANGUAGE, "Dansk er andetsprog.",
            "Skriftlige beskeder ved vagtskifte.", NeedSource.INTERVIEW, NeedStatus.ACTIVE), "kp.hansen", NOW);

    ConsentRulesTest() {
        solhaven.addSupervisor(anne);
        period = new PlacementPeriod(sara, solhaven, new PeriodCode("1a"), TODAY.minusDays(10), TODAY.plusDays(20),
                Set.of(anne));
    }

    Consent toPeriod(ConsentLevel level, LocalDate until) {
        return new Consent(sara, period, null, List.of(language.current()), level, "At tilpasse oplæringen.", until,
                "kp.hansen", NOW);
    }

    Consent given(Consent consent) {
        consent.give(GivenHow.IN_APPLICATION, "elev.ali", NOW, ConsentText.render(consent, "1", "da"), null);
        return consent;
    }

    @Test
    void aConsentIsActiveFromWhenGivenUntilTheEarliestOfItsEndAndThePeriodsEnd() {
        Consent proposal = toPeriod(ConsentLevel.FULL, TODAY.plusDays(100));
        assertFalse(proposal.isActiveOn(TODAY), "a proposal shares nothing");

        Consent consent = given(proposal);

        assertTrue(consent.isActiveOn(TODAY));
        assertEquals(period.getEndDate(), consent.endsOn(), "the period ends first");
        assertTrue(consent.isActiveOn(period.getEndDate()));
        assertFalse(consent.isActiveOn(period.getEndDate().plusDays(1)));
        assertTrue(consent.hasExpiredBy(period.getEndDate().plusDays(1)));
        assertEquals(TODAY.plusDays(5), given(toPeriod(ConsentLevel.FULL, TODAY.plusDays(5))).endsOn());
    }

    @Test
    void aWithdrawnConsentSharesNothingAndCannotBeWithdrawnOrGivenAgain() {
        Consent consent = given(toPeriod(ConsentLevel.FULL, TODAY.plusDays(5)));

        consent.withdraw("elev.ali", NOW, null);

        assertFalse(consent.isActiveOn(TODAY));
        assertFalse(consent.sharesWith(anne.getId(), TODAY));
        assertFalse(consent.hasExpiredBy(TODAY.plusDays(30)), "withdrawn, not expired");
        assertThrows(IllegalStateException.class, () -> consent.withdraw("elev.ali", NOW, null));
        assertThrows(IllegalStateException.class, () -> given(consent));
    }

    @Test
    void itSharesWithThePeriodsSupervisorsOrTheMentorAndNoOneElse() {
        Consent toSupervisors = given(toPeriod(ConsentLevel.ACCOMMODATIONS, TODAY.plusDays(5)));
        Consent toMentor = given(new Consent(sara, null, mentoring, List.of(language.current()),
                ConsentLevel.ACCOMMODATIONS, "Mentorforløb.", TODAY.plusDays(50), "elev.ali", NOW));

        assertTrue(toSupervisors.sharesWith(anne.getId(), TODAY));
        assertFalse(toSupervisors.sharesWith(mette.getId(), TODAY));
        assertTrue(toMentor.sharesWith(mette.getId(), TODAY));
        assertFalse(toMentor.sharesWith(anne.getId(), TODAY));
        assertFalse(toMentor.sharesWith(mette.getId(), TODAY.plusDays(61)), "the assignment has ended");
    }

    @Test
    void aConsentCoversTheStudentsOwnNeedsForTheStudentsOwnRecipient() {
        Student other = new Student("S100002", "Bo", "Berg", LocalDate.of(2004, 1, 1), null, Programme.SSH,
                SchoolSite.NORD, "SSH-26A", LocalDate.of(2025, 8, 1));
        Need othersNeed = new Need(other, new NeedContent(NeedCategory.SOCIAL, "x", null, NeedSource.INTERVIEW,
                NeedStatus.ACTIVE), "kp.hansen", NOW);

        assertThrows(IllegalArgumentException.class, () -> new Consent(sara, period, null,
                List.of(othersNeed.current()), ConsentLevel.FULL, "p", TODAY, "kp.hansen", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Consent(other, period, null,
                List.of(othersNeed.current()), ConsentLevel.FULL, "p", TODAY, "kp.hansen", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Consent(sara, period, null, List.of(),
                ConsentLevel.FULL, "p", TODAY, "kp.hansen", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Consent(sara, period, mentoring,
                List.of(language.current()), ConsentLevel.FULL, "p", TODAY, "kp.hansen", NOW));
    }

    @Test
    void aConsentRecordedByTheContactPersonSaysHowItWasGiven() {
        Consent consent = toPeriod(ConsentLevel.FULL, TODAY.plusDays(5));

        assertThrows(IllegalArgumentException.class, () -> consent.give(GivenHow.RECORDED_BY_CONTACT_PERSON,
                "kp.hansen", NOW, ConsentText.render(consent, "1", "da"), " "));
        consent.give(GivenHow.RECORDED_BY_CONTACT_PERSON, "kp.hansen", NOW, ConsentText.render(consent, "1", "da"),
                "Underskrevet på papir ved samtale 20. november.");
        assertEquals(ConsentStatus.GIVEN, consent.getStatus());
    }

    /** An offer's name tells its target group: it is shown only when every need it is linked to is shared. */
    @Test
    void anOfferIsSharedOnlyWithAllItsNeeds() {
        Need social = new Need(sara, new NeedContent(NeedCategory.SOCIAL, "Bor alene, lidt netværk.", null,
                NeedSource.SELF_REPORTED, NeedStatus.ACTIVE), "kp.hansen", NOW);
        Caller supervisor = new Caller(anne.getId(), "ov.nielsen", "s", Set.of(Role.TRAINING_SUPERVISOR));
        ConsentPolicy.Shared languageOnly = ConsentPolicy.shared(supervisor, new Relationship(false, false, true, false, false,
                false), List.of(given(toPeriod(ConsentLevel.ACCOMMODATIONS, TODAY.plusDays(5)))), TODAY);

        assertTrue(languageOnly.sharesAll(List.of(language)));
        assertFalse(languageOnly.sharesAll(List.of(language, social)), "one of its needs is not shared");
        assertFalse(languageOnly.sharesAll(List.of()), "an offer linked to no need tells nothing shared");
    }

    @Test
    void aSupervisorSeesExactlyTheSharedNeedsAtTheSharedLevelAndTheLeaderNothing() {
        Need social = new Need(sara, new NeedContent(NeedCategory.SOCIAL, "Bor alene, lidt netværk.", null,
                NeedSource.SELF_REPORTED, NeedStatus.ACTIVE), "kp.hansen", NOW);
        Consent accommodations = given(toPeriod(ConsentLevel.ACCOMMODATIONS, TODAY.plusDays(5)));
        Consent full = given(toPeriod(ConsentLevel.FULL, TODAY.plusDays(5)));
        Caller supervisor = new Caller(anne.getId(), "ov.nielsen", "s", Set.of(Role.TRAINING_SUPERVISOR));
        Relationship placed = new Relationship(false, false, true, false, false, false);

        ConsentPolicy.Shared one = ConsentPolicy.shared(supervisor, placed, List.of(accommodations), TODAY);
        ConsentPolicy.Shared both = ConsentPolicy.shared(supervisor, placed, List.of(accommodations, full), TODAY);

        assertEquals(Map.of(language.current(), ConsentLevel.ACCOMMODATIONS), one.needs(), "not the social need");
        assertEquals(Map.of(language.current(), ConsentLevel.FULL), both.needs(), "the wider consent counts");
        assertTrue(ConsentPolicy.shared(supervisor, Relationship.NONE, List.of(full), TODAY).needs().isEmpty());
        assertTrue(ConsentPolicy.shared(supervisor, placed, List.of(full), TODAY.plusDays(21)).needs().isEmpty(),
                "the period has ended");
        assertTrue(ConsentPolicy.shared(new Caller(9L, "ul.christensen", "s", Set.of(Role.EDUCATION_LEADER)),
                Relationship.NONE, List.of(full), TODAY).needs().isEmpty());
        assertTrue(ConsentPolicy.shared(new Caller(8L, "mentor.andersen", "s", Set.of(Role.MENTOR)),
                new Relationship(false, true, false, false, false, false), List.of(full), TODAY).needs().isEmpty(),
                "a consent to the period's supervisors is not one to the mentor");
        assertTrue(ConsentPolicy.shared(new Caller(1L, "kp.hansen", "s", Set.of(Role.CONTACT_PERSON)),
                new Relationship(true, false, false, false, false, false), List.of(), TODAY).everything());
        assertFalse(both.needs().containsKey(social.current()), "an unshared need is never there");
    }

    @Test
    void theTextNamesRecipientNeedsLevelAndEndAndItsHashIdentifiesIt() {
        Consent accommodations = toPeriod(ConsentLevel.ACCOMMODATIONS, TODAY.plusDays(5));
        ConsentText.Rendered danish = ConsentText.render(accommodations, "1", "da");

        assertTrue(danish.text().contains("oplæringsvejlederne på Plejecenter Solhaven i periode 1a"), danish.text());
        assertTrue(danish.text().contains("Skriftlige beskeder ved vagtskifte."));
        assertFalse(danish.text().contains("Dansk er andetsprog"), "accommodations only: no description");
        assertTrue(danish.text().contains("28-11-2026"), danish.text());
        assertEquals(danish, ConsentText.render(accommodations, "1", "da"), "the same text every time");
        assertNotEquals(danish.hash(), ConsentText.render(accommodations, "1", "en").hash());
        assertTrue(ConsentText.render(toPeriod(ConsentLevel.FULL, TODAY), "1", "en").text()
                .contains("Dansk er andetsprog."));
        assertThrows(IllegalArgumentException.class, () -> ConsentText.render(accommodations, "1", "de"));
    }
}
