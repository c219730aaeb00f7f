package dk.brobygger.application;

import dk.brobygger.domain.mentoring.SessionTopic;
import java.time.LocalDate;
import java.util.Set;

/**
 * A mentor session as the mentor fills in the log: with one mentee ({@code studentId}) or with a cluster and who of
 * it attended. The summary is shared with the contact persons of the attendees it is about ({@code sharedAboutIds}).
 * A follow-up has a message and, for a group, the attendee it concerns.
 */
public record SessionInput(Long studentId, Long clusterId, Set<Long> attendeeIds, LocalDate heldOn, Integer minutes,
                           Set<SessionTopic> topics, String summary, Set<Long> sharedAboutIds, boolean followUp,
                           String followUpMessage, Long followUpStudentId) {

    public SessionInput {
        attendeeIds = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        sharedAboutIds = sharedAboutIds == null ? Set.of() : Set.copyOf(sharedAboutIds);
    }
}
