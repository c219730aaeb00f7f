package dk.brobygger.domain.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentoringRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final UserProfile mette = new UserProfile("mentor.andersen", "Mette Andersen", null);
    final Student sara = new Student("S100001", "Sara", "Ali", LocalDate.of(2005, 3, 1), null, Programme.SSA,
            SchoolSite.HERLEV, "SSA-26A", LocalDate.of(2025, 8, 1));
    final Student bo = new Student("S100002", "Bo", "Berg", LocalDate.of(2004, 1, 1), null, Programme.SSH,
            SchoolSite.HERLEV, "SSH-26A", LocalDate.of(2025, 8, 1));

    @Test
    void aMenteeIsOverdueWhenTheCadenceHasPassedSinceTheLastSessionOrTheStart() {
        LocalDate start = TODAY.minusDays(30);
        assertFalse(Cadence.WEEKLY.overdue(start, TODAY.minusDays(7), TODAY), "a week ago today: on time");
        assertTrue(Cadence.WEEKLY.overdue(start, TODAY.minusDays(8), TODAY));
        assertFalse(Cadence.FORTNIGHTLY.overdue(start, TODAY.minusDays(10), TODAY));
        assertTrue(Cadence.MONTHLY.overdue(TODAY.minusDays(40), null, TODAY),
                "no session in the month since the start");
        assertFalse(Cadence.WEEKLY.overdue(TODAY.minusDays(3), null, TODAY), "just started");
        assertFalse(Cadence.WEEKLY.overdue(TODAY.minusDays(3), TODAY.minusDays(40), TODAY),
                "a session before this mentoring began does not count against it");
    }

    @Test
    void aSessionHasOneMenteeOrAGroupAndSensibleContent() {
        MentorCluster cluster = new MentorCluster(new Mentor(mette, sara), "Unge", ClusterBasis.AGE);

        assertThrows(IllegalArgumentException.class, () -> session(null, Set.of(sara, bo), 30),
                "an individual session has one mentee");
        assertThrows(IllegalArgumentException.class, () -> session(cluster, Set.of(), 30), "a group with no one");
        assertThrows(IllegalArgumentException.class, () -> session(null, Set.of(sara), 0));
        assertThrows(IllegalArgumentException.class, () -> session(null, Set.of(sara), 481));
        MentorSession group = session(cluster, Set.of(sara, bo), 60);
        assertEquals(SessionFormat.GROUP, group.getFormat());
        assertNull(group.getFollowUpMessage(), "a blank follow-up is none");
    }

    @Test
    void aSummaryIsSharedOnlyAboutAttendees() {
        MentorCluster cluster = new MentorCluster(new Mentor(mette, sara), "Unge", ClusterBasis.AGE);

        MentorSession aboutBo = new MentorSession(mette, cluster, Set.of(sara, bo), TODAY, 60,
                Set.of(SessionTopic.SOCIAL), "Bo fortalte om sin uge.", Set.of(bo), null, NOW);
        assertEquals(Set.of(bo), aboutBo.getSharedAbout(), "about Bo only, though Sara was there");
        assertThrows(IllegalArgumentException.class, () -> new MentorSession(mette, null, Set.of(sara), TODAY, 30,
                Set.of(SessionTopic.SOCIAL), "Snak.", Set.of(bo), null, NOW), "Bo did not attend");
    }

    @Test
    void aPeerMentorIsAStudentAndOnlyAnIndividualMentorAgreesACadence() {
        assertEquals(MentorKind.PEER, new Mentor(mette, sara).getKind());
        assertEquals(MentorKind.STAFF, new Mentor(mette, null).getKind());
        dk.brobygger.domain.assignment.Assignment peer = dk.brobygger.domain.assignment.Assignment.mentor(sara,
                mette, dk.brobygger.domain.assignment.MentorType.PEER, TODAY, null, "ul", NOW);
        assertThrows(IllegalStateException.class, () -> peer.agreeCadence(Cadence.WEEKLY));
    }

    private MentorSession session(MentorCluster cluster, Set<Student> attendees, int minutes) {
        return new MentorSession(mette, cluster, attendees, TODAY, minutes, Set.of(SessionTopic.SOCIAL),
                "Snak.", Set.of(), " ", NOW);
    }
}
