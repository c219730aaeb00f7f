package dk.brobygger.security;

import static dk.brobygger.domain.access.Role.CONTACT_PERSON;
import static dk.brobygger.domain.access.Role.DATA_PROTECTION_OFFICER;
import static dk.brobygger.domain.access.Role.EDUCATION_LEADER;
import static dk.brobygger.domain.access.Role.INTEGRATION_IMPORT;
import static dk.brobygger.domain.access.Role.MENTOR;
import static dk.brobygger.domain.access.Role.STUDENT;
import static dk.brobygger.domain.access.Role.TRAINING_SUPERVISOR;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.access.StudentView;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.student.StudentScope;

/**
 * Who may do what to a student's records: the one place that decides, from the caller's roles and their
 * relationship to the student at the moment of the request. A role alone is never enough for another person's
 * record, except the education leader's overview (which still excludes the case journal).
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static Decision decide(AuditAction action, Caller caller, Relationship relationship) {
        boolean contact = caller.has(CONTACT_PERSON) && relationship.contactPerson();
        boolean self = caller.has(STUDENT) && relationship.self();
        boolean leader = caller.has(EDUCATION_LEADER);
        boolean dpo = caller.has(DATA_PROTECTION_OFFICER);
        return switch (action) {
            // pages are closed by role in web.xml; the action exists to audit those refusals
            case OPEN_PAGE -> Decision.deny("the page belongs to another role's area");
            case LIST -> caller.has(DATA_PROTECTION_OFFICER) && caller.roles().size() == 1
                    ? Decision.deny("the data protection officer reads the audit trail only")
                    : Decision.allow();
            case VIEW -> view(caller, relationship);
            case CREATE -> leader || caller.has(CONTACT_PERSON)
                    ? Decision.allow() : Decision.deny("only education leaders and contact persons create students");
            case EDIT, CHANGE_STATUS -> leader || contact
                    ? Decision.allow() : Decision.deny("not the student's education leader or current contact person");
            // the school's administrative system imports students and registers their periods through the API, and
            // does nothing else
            case IMPORT, REGISTER_PERIOD -> leader || caller.has(INTEGRATION_IMPORT)
                    ? Decision.allow() : Decision.deny("only education leaders and the school's system do this");
            case ASSIGN, END_ASSIGNMENT, MANAGE_PLACEMENTS, REGISTER_PERSON, MANAGE_CATALOGUE,
                 MANAGE_MENTORS, LINK_ACCOUNT, UNLINK_ACCOUNT, RUN_REPORT, MANAGE_GOALS -> leader
                    ? Decision.allow() : Decision.deny("only education leaders do this");
            case OPEN_CASE, CLOSE_CASE, READ_JOURNAL, WRITE_JOURNAL -> contact
                    ? Decision.allow() : Decision.deny("not the student's current contact person");
            case RUN_CONSENT_REPORT -> leader || dpo
                    ? Decision.allow() : Decision.deny("only education leaders and the data protection officer");
            case READ_AUDIT, EXPORT_AUDIT, VERIFY_AUDIT -> dpo
                    ? Decision.allow() : Decision.deny("only the data protection officer reads the audit trail");
            case MANAGE_REQUESTS, ERASE -> dpo
                    ? Decision.allow()
                    : Decision.deny("only the data protection officer handles requests and erasure");
            // needs, and offers linked to them, reach a supervisor or mentor only through a consent: ConsentPolicy
            // narrows this down
            case VIEW_NEEDS, VIEW_OFFERS -> contact || self
                    || caller.has(TRAINING_SUPERVISOR) && relationship.supervisor()
                    || caller.has(MENTOR) && relationship.mentor()
                    ? Decision.allow() : Decision.deny("needs are seen by the student, their contact person,"
                    + " and by consent their supervisors and mentor");
            case RECORD_NEED, PROPOSE_CONSENT, PROPOSE_OFFER, MANAGE_OFFER, COMPLETE_TASK -> contact
                    ? Decision.allow() : Decision.deny("not the student's current contact person");
            case READ_CONSENTS, GIVE_CONSENT, WITHDRAW_CONSENT -> contact || self
                    ? Decision.allow() : Decision.deny("not the student or their current contact person");
            // a mentor logs sessions for their current mentees; the sessions are read by the mentee, their contact
            // person (summaries only where shared) and the mentor (their own logs only)
            case LOG_SESSION -> caller.has(MENTOR) && relationship.mentor()
                    ? Decision.allow() : Decision.deny("not the student's current mentor");
            case VIEW_SESSIONS -> contact || self || caller.has(MENTOR) && relationship.mentor()
                    ? Decision.allow() : Decision.deny("not the student, their contact person or their mentor");
            // the list of tasks is the contact person's own; the database keeps it to their current students
            case READ_TASKS -> caller.has(CONTACT_PERSON)
                    ? Decision.allow() : Decision.deny("tasks are the contact persons'");
            case ANSWER_CONSENT, ANSWER_OFFER, READ_ACCESS_LOG -> self
                    ? Decision.allow() : Decision.deny("only the student themself");
            // a supervisor reaches the plans of the periods they supervise only, also once they have ended, reads
            // those of periods they were taken off, and a mentor those the student shares with them:
            // TrainingPlanService narrows this down to the period
            case VIEW_PLAN -> contact || self || supervised(caller, relationship)
                    || caller.has(TRAINING_SUPERVISOR) && relationship.takenOff()
                    || caller.has(MENTOR) && relationship.mentor()
                    ? Decision.allow() : Decision.deny("plans are shared by the student, their contact person and the"
                    + " period's supervisors, read by its former supervisors and by the mentor the student shares one"
                    + " with");
            case WRITE_PLAN -> contact || self || supervised(caller, relationship)
                    ? Decision.allow() : Decision.deny("plans are written by the student, their contact person and the"
                    + " period's supervisors");
            // a student's copy of their data: their own, or produced by the data protection officer with a reason
            case EXPORT_DATA -> self || dpo
                    ? Decision.allow() : Decision.deny("a copy of a student's data goes to the student, or is produced"
                    + " by the data protection officer");
            case SHARE_PLAN -> self ? Decision.allow() : Decision.deny("only the student shares their plan");
            case ASSESS -> self || supervised(caller, relationship)
                    ? Decision.allow() : Decision.deny("assessments are written by the period's supervisor and the"
                    + " student");
            case ISSUE_STATEMENT, RECORD_ABSENCE -> supervised(caller, relationship)
                    ? Decision.allow() : Decision.deny("only the period's supervisor does this");
            case CONSENT_EXPIRED -> Decision.deny("written by the application itself");
            // recorded when a sign-in is refused; nobody asks the gate to sign in
            case SIGN_IN -> Decision.deny("a sign-in is recorded, not decided here");
        };
    }

    /**
     * How much of a student's mentor sessions the caller reads, once VIEW_SESSIONS is allowed: the student the
     * dates and topics of their own; their contact person every mentor's sessions, summaries only where shared;
     * a mentor their own logs whole.
     */
    public enum SessionsView { DATES_AND_TOPICS, SHARED_SUMMARIES, OWN_LOGS }

    public static SessionsView sessionsView(Caller caller, Relationship relationship) {
        if (caller.has(STUDENT) && relationship.self()) {
            return SessionsView.DATES_AND_TOPICS;
        }
        return caller.has(CONTACT_PERSON) && relationship.contactPerson() ? SessionsView.SHARED_SUMMARIES
                : SessionsView.OWN_LOGS;
    }

    /** Which list of students a caller may ask for: each list belongs to one role (the database scopes it). */
    public static Decision decideList(StudentScope scope, Caller caller) {
        Role needed = switch (scope) {
            case ALL -> EDUCATION_LEADER;
            case MY_STUDENTS -> CONTACT_PERSON;
            case SUPERVISED -> TRAINING_SUPERVISOR;
        };
        return caller.has(needed) ? Decision.allow() : Decision.deny("the list " + scope + " needs the role " + needed);
    }

    /** A supervisor of one of the student's periods, current, coming or ended. */
    private static boolean supervised(Caller caller, Relationship relationship) {
        return caller.has(TRAINING_SUPERVISOR) && (relationship.supervisor() || relationship.supervisedBefore());
    }

    private static Decision view(Caller caller, Relationship relationship) {
        if (caller.has(EDUCATION_LEADER)
                || caller.has(CONTACT_PERSON) && relationship.contactPerson()
                || caller.has(STUDENT) && relationship.self()) {
            return Decision.allow(StudentView.FULL);
        }
        if (caller.has(TRAINING_SUPERVISOR) && relationship.supervisor()) {
            return Decision.allow(StudentView.PLACEMENT);
        }
        if (caller.has(MENTOR) && relationship.mentor()) {
            return Decision.allow(StudentView.MENTORING);
        }
        return Decision.deny("no current relationship to the student");
    }
}
