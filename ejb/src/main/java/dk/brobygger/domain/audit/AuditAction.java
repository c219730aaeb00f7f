package dk.brobygger.domain.audit;

import java.util.EnumSet;
import java.util.Set;

/** What was done, or tried. */
public enum AuditAction {
    OPEN_PAGE, LIST, VIEW, CREATE, EDIT, CHANGE_STATUS, ASSIGN, END_ASSIGNMENT, IMPORT, OPEN_CASE, CLOSE_CASE, READ_JOURNAL,
    WRITE_JOURNAL, MANAGE_PLACEMENTS, REGISTER_PERIOD, REGISTER_PERSON, READ_AUDIT, EXPORT_AUDIT, VERIFY_AUDIT,
    VIEW_NEEDS, RECORD_NEED, READ_CONSENTS, PROPOSE_CONSENT, GIVE_CONSENT, ANSWER_CONSENT, WITHDRAW_CONSENT,
    CONSENT_EXPIRED, READ_ACCESS_LOG, MANAGE_CATALOGUE, VIEW_OFFERS, PROPOSE_OFFER, MANAGE_OFFER, ANSWER_OFFER, READ_TASKS,
    COMPLETE_TASK, LOG_SESSION, VIEW_SESSIONS, MANAGE_MENTORS, LINK_ACCOUNT, UNLINK_ACCOUNT,
    /** A report: counts only, never a student (docs/reports.md). */
    RUN_REPORT,
    /** The report of consent coverage, which the data protection officer runs too. */
    RUN_CONSENT_REPORT,
    /**
     * A period's training plan: read, written, its assessments written, its statement issued and its absence
     * recorded (docs/training-plan.md).
     */
    VIEW_PLAN, WRITE_PLAN, ASSESS, ISSUE_STATEMENT, RECORD_ABSENCE,
    /** The student shares a period's training plan with their mentor, or stops sharing it. */
    SHARE_PLAN,
    /** A new version of a programme's training goals, imported by the education leader. */
    MANAGE_GOALS,
    /**
     * A copy of everything held about a student, downloaded by the student or produced by the data protection
     * officer (docs/data-copy.md).
     */
    EXPORT_DATA,
    /** The data protection officer registers or handles a data-subject request (docs/data-protection.md). */
    MANAGE_REQUESTS,
    /**
     * A student's data erased, by the retention schedule or for a decided erasure request, or the schedule run by
     * the data protection officer (docs/data-protection.md).
     */
    ERASE,
    /** Recorded when a sign-in is refused (a username that belongs to another account's profile). */
    SIGN_IN;

    private static final Set<AuditAction> READS = EnumSet.of(OPEN_PAGE, LIST, VIEW, READ_JOURNAL, READ_AUDIT,
            EXPORT_AUDIT, VERIFY_AUDIT, VIEW_NEEDS, READ_CONSENTS, READ_ACCESS_LOG, VIEW_OFFERS, READ_TASKS,
            VIEW_SESSIONS, RUN_REPORT, RUN_CONSENT_REPORT, VIEW_PLAN);

    /** Whether the action only reads: anything else may change how people stand to a student. */
    public boolean reads() {
        return READS.contains(this);
    }
}
