package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.audit.AuditEvents;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Page;
import dk.brobygger.infrastructure.audit.AuditTrail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A student's access log as the student reads it (docs/audit.md): everything others did or tried with their records,
 * newest first, read from the events' fields, with the actors' names as their profiles have them now. Used inside
 * an operation the gate has let through: the student's own page, and their copy of their data.
 */
@Dependent
class AccessLines {

    @Inject
    private AuditEvents events;

    @Inject
    private UserProfiles profiles;

    /** One page of the log of the student whose account has Keycloak subject {@code subject} (their own left out). */
    Page<AccessLine> about(long studentId, String subject, int first, int size) {
        Page<AuditEvent> page = events.byOthersAbout(studentId, subject, first, size);
        Map<String, String> names = names(page.rows());
        return new Page<>(page.rows().stream().map(e -> new AccessLine(e.getOccurredAt(),
                e.getActorSubject() == null ? e.getActorUsername()
                        : names.getOrDefault(e.getActorSubject(), e.getActorUsername()),
                AuditTrail.SYSTEM.equals(e.getActorUsername()) ? null : e.getActorRoles(),
                e.getOrganisation(), e.getAction(), e.getOutcome() == AuditEvent.Outcome.DENIED,
                e.getStudentView(), e.getSeenNeeds())).toList(), page.total());
    }

    private Map<String, String> names(List<AuditEvent> rows) {
        List<String> subjects = rows.stream().map(AuditEvent::getActorSubject).filter(Objects::nonNull)
                .distinct().toList();
        return profiles.bySubjects(subjects).stream()
                .collect(Collectors.toMap(UserProfile::getSubject, UserProfile::getDisplayName));
    }
}
