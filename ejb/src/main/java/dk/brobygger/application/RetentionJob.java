package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.privacy.DataErasure;
import dk.brobygger.domain.privacy.ErasureCategory;
import dk.brobygger.domain.privacy.Erasures;
import dk.brobygger.domain.student.Students;
import dk.brobygger.infrastructure.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The retention schedule at work (docs/data-protection.md): every night it erases each category of the students'
 * data whose time after they left has passed, and the personal content of audit events older than the trail's own
 * period, and writes what it did to the audit trail. Its day comes from the injected clock. Nothing is erased for a
 * student with an open request to restrict processing.
 */
@Stateless
@PermitAll
public class RetentionJob {

    static final String RECORD = "DataErasure";
    /** How many students one run erases at most per category; a backlog is worked off over the next nights. */
    static final int BATCH = 200;
    /** How many audit events one run erases the content of at most. */
    static final int AUDIT_BATCH = 20_000;
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Inject
    private Erasures erasures;

    @Inject
    private Students students;

    @Inject
    private RetentionSchedule schedule;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** What one run erased: students per category, and audit events. */
    public record Run(Map<ErasureCategory, Integer> students, int auditEvents) {

        public Run {
            students = Map.copyOf(students);
        }
    }

    @Schedule(hour = "2", minute = "30", persistent = false)
    public void nightly() {
        run(LocalDate.now(clock));
    }

    /** Erases what is due on {@code day}. */
    public Run run(LocalDate day) {
        List<AuditEntry> done = new ArrayList<>();
        Map<ErasureCategory, Integer> erased = new EnumMap<>(ErasureCategory.class);
        for (ErasureCategory category : ErasureCategory.values()) {
            int months = schedule.months(category);
            List<Long> due = erasures.due(category, months, day, BATCH);
            for (long studentId : due) {
                int rows = erasures.erase(studentId, category);
                DataErasure erasure = new DataErasure(students.byId(studentId).orElseThrow(), category, null,
                        "retention: " + months + " months after the student left", rows, AuditTrail.SYSTEM,
                        clock.instant());
                erasures.add(erasure);
                done.add(AuditEntry.of(AuditAction.ERASE, RECORD, erasure.getId(), studentId)
                        .withDetail(category + " by the retention schedule, " + rows + " rows"));
            }
            erased.put(category, due.size());
        }
        int events = erasures.eraseAuditContentBefore(day.minusMonths(schedule.auditMonths())
                .atStartOfDay(DANISH_TIME).toInstant(), AUDIT_BATCH);
        if (events > 0) {
            done.add(AuditEntry.of(AuditAction.ERASE, "AuditEvent", null, null).withDetail("personal content of "
                    + events + " events older than " + schedule.auditMonths() + " months"));
        }
        audit.bySystem(done);
        return new Run(erased, events);
    }
}
