package dk.brobygger.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.student.StudentScope;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access rules as one table: role, relationship to the student (NONE, CONTACT, MENTOR, SUPERVISOR, FORMER for a
 * supervisor of an ended period, TAKEN_OFF for one taken off a period, SELF),
 * action, and the answer (a view for VIEW, ALLOW or DENY otherwise).
 */
class AccessPolicyTest {

    @ParameterizedTest(name = "{0} with {1}: {2} -> {3}")
    @CsvSource({
        // the education leader: every student's record, but never the case journal
        "education-leader,        NONE,       VIEW,          FULL",
        "education-leader,        NONE,       EDIT,          ALLOW",
        "education-leader,        NONE,       ASSIGN,        ALLOW",
        "education-leader,        NONE,       IMPORT,        ALLOW",
        "education-leader,        NONE,       READ_JOURNAL,  DENY",
        "education-leader,        NONE,       OPEN_CASE,     DENY",
        // the contact person: their current students in full, with the case
        "contact-person,          CONTACT,    VIEW,          FULL",
        "contact-person,          CONTACT,    EDIT,          ALLOW",
        "contact-person,          CONTACT,    OPEN_CASE,     ALLOW",
        "contact-person,          CONTACT,    READ_JOURNAL,  ALLOW",
        "contact-person,          CONTACT,    WRITE_JOURNAL, ALLOW",
        "contact-person,          CONTACT,    ASSIGN,        DENY",
        "contact-person,          NONE,       VIEW,          DENY",
        "contact-person,          NONE,       EDIT,          DENY",
        "contact-person,          NONE,       READ_JOURNAL,  DENY",
        "contact-person,          NONE,       CREATE,        ALLOW",
        // the training supervisor: a summary of the students placed with them
        "training-supervisor,     SUPERVISOR, VIEW,          PLACEMENT",
        "training-supervisor,     SUPERVISOR, EDIT,          DENY",
        "training-supervisor,     SUPERVISOR, READ_JOURNAL,  DENY",
        "training-supervisor,     NONE,       VIEW,          DENY",
        // the mentor: a summary of their mentees
        "mentor,                  MENTOR,     VIEW,          MENTORING",
        "mentor,                  MENTOR,     READ_JOURNAL,  DENY",
        "mentor,                  NONE,       VIEW,          DENY",
        // the student: their own record only
        "student,                 SELF,       VIEW,          FULL",
        "student,                 SELF,       EDIT,          DENY",
        "student,                 SELF,       READ_JOURNAL,  DENY",
        "student,                 NONE,       VIEW,          DENY",
        // the school's administrative system, through the API: the import, never a student's needs or consents
        "integration-import,      NONE,       IMPORT,        ALLOW",
        "integration-import,      NONE,       REGISTER_PERIOD, ALLOW",
        "integration-import,      NONE,       MANAGE_PLACEMENTS, DENY",
        "integration-import,      NONE,       ASSIGN,        DENY",
        "integration-import,      NONE,       VIEW,          DENY",
        "integration-import,      NONE,       CREATE,        DENY",
        "integration-import,      NONE,       VIEW_NEEDS,    DENY",
        "integration-import,      NONE,       READ_CONSENTS, DENY",
        "integration-import,      NONE,       RUN_REPORT,    DENY",
        // the data protection officer: the audit trail only
        "data-protection-officer, NONE,       VIEW,          DENY",
        "data-protection-officer, NONE,       LIST,          DENY",
        "data-protection-officer, NONE,       READ_AUDIT,    ALLOW",
        "education-leader,        NONE,       READ_AUDIT,    DENY",
        // a copy of a student's data: the student's own, or produced by the data protection officer
        "student,                 SELF,       EXPORT_DATA,   ALLOW",
        "student,                 NONE,       EXPORT_DATA,   DENY",
        "data-protection-officer, NONE,       EXPORT_DATA,   ALLOW",
        "contact-person,          CONTACT,    EXPORT_DATA,   DENY",
        "education-leader,        NONE,       EXPORT_DATA,   DENY",
        "data-protection-officer, NONE,       MANAGE_REQUESTS, ALLOW",
        "contact-person,          CONTACT,    MANAGE_REQUESTS, DENY",
        "data-protection-officer, NONE,       ERASE,         ALLOW",
        "education-leader,        NONE,       ERASE,         DENY",
        "contact-person,          CONTACT,    ERASE,         DENY",
        // needs: the student and the contact person; supervisors and mentors only as far as a consent goes
        "contact-person,          CONTACT,    VIEW_NEEDS,       ALLOW",
        "contact-person,          CONTACT,    RECORD_NEED,      ALLOW",
        "contact-person,          NONE,       VIEW_NEEDS,       DENY",
        "student,                 SELF,       VIEW_NEEDS,       ALLOW",
        "student,                 SELF,       RECORD_NEED,      DENY",
        "training-supervisor,     SUPERVISOR, VIEW_NEEDS,       ALLOW",
        "training-supervisor,     NONE,       VIEW_NEEDS,       DENY",
        "mentor,                  MENTOR,     VIEW_NEEDS,       ALLOW",
        "education-leader,        NONE,       VIEW_NEEDS,       DENY",
        "data-protection-officer, NONE,       VIEW_NEEDS,       DENY",
        // consents: given or withdrawn by the student, or by the contact person for them; proposed by the latter
        "student,                 SELF,       GIVE_CONSENT,     ALLOW",
        "student,                 SELF,       ANSWER_CONSENT,  ALLOW",
        "student,                 SELF,       WITHDRAW_CONSENT, ALLOW",
        "student,                 SELF,       PROPOSE_CONSENT,  DENY",
        "student,                 NONE,       GIVE_CONSENT,     DENY",
        "contact-person,          CONTACT,    PROPOSE_CONSENT,  ALLOW",
        "contact-person,          CONTACT,    GIVE_CONSENT,     ALLOW",
        "contact-person,          CONTACT,    WITHDRAW_CONSENT, ALLOW",
        "contact-person,          CONTACT,    ANSWER_CONSENT,  DENY",
        "training-supervisor,     SUPERVISOR, READ_CONSENTS,    DENY",
        "education-leader,        NONE,       WITHDRAW_CONSENT, DENY",
        // who has seen my data: the student's own; the whole trail: the data protection officer
        "student,                 SELF,       READ_ACCESS_LOG,  ALLOW",
        "contact-person,          CONTACT,    READ_ACCESS_LOG,  DENY",
        "data-protection-officer, NONE,       VERIFY_AUDIT,     ALLOW",
        "data-protection-officer, NONE,       EXPORT_AUDIT,     ALLOW",
        "education-leader,        NONE,       EXPORT_AUDIT,     DENY",
        "data-protection-officer, NONE,       CONSENT_EXPIRED,  DENY",
        // support offers: like needs; the contact person runs them, the student answers a proposal
        "contact-person,          CONTACT,    VIEW_OFFERS,      ALLOW",
        "contact-person,          CONTACT,    PROPOSE_OFFER,    ALLOW",
        "contact-person,          CONTACT,    MANAGE_OFFER,     ALLOW",
        "contact-person,          CONTACT,    ANSWER_OFFER,     DENY",
        "contact-person,          NONE,       VIEW_OFFERS,      DENY",
        "student,                 SELF,       VIEW_OFFERS,      ALLOW",
        "student,                 SELF,       ANSWER_OFFER,     ALLOW",
        "student,                 SELF,       MANAGE_OFFER,     DENY",
        "training-supervisor,     SUPERVISOR, VIEW_OFFERS,      ALLOW",
        "training-supervisor,     SUPERVISOR, MANAGE_OFFER,     DENY",
        "education-leader,        NONE,       VIEW_OFFERS,      DENY",
        "education-leader,        NONE,       MANAGE_CATALOGUE, ALLOW",
        "contact-person,          CONTACT,    MANAGE_CATALOGUE, DENY",
        // tasks: the contact person's, for their current students
        "contact-person,          NONE,       READ_TASKS,       ALLOW",
        "contact-person,          CONTACT,    COMPLETE_TASK,    ALLOW",
        "contact-person,          NONE,       COMPLETE_TASK,    DENY",
        "education-leader,        NONE,       READ_TASKS,       DENY",
        // mentoring: the mentor logs for their mentees; sessions are read by mentee, contact person and mentor
        "mentor,                  MENTOR,     LOG_SESSION,      ALLOW",
        "mentor,                  NONE,       LOG_SESSION,      DENY",
        "contact-person,          CONTACT,    LOG_SESSION,      DENY",
        "mentor,                  MENTOR,     VIEW_SESSIONS,    ALLOW",
        "contact-person,          CONTACT,    VIEW_SESSIONS,    ALLOW",
        "student,                 SELF,       VIEW_SESSIONS,    ALLOW",
        "training-supervisor,     SUPERVISOR, VIEW_SESSIONS,    DENY",
        "education-leader,        NONE,       VIEW_SESSIONS,    DENY",
        "education-leader,        NONE,       MANAGE_MENTORS,   ALLOW",
        "mentor,                  MENTOR,     MANAGE_MENTORS,   DENY",
        // the training plan: the student, the contact person and the supervisors (of the very period: the service);
        // the assessments are written by the supervisor and the student; the mentor reads a plan the student shares
        // (the service asks); never the leader
        "student,                 SELF,       VIEW_PLAN,        ALLOW",
        "student,                 SELF,       WRITE_PLAN,       ALLOW",
        "student,                 SELF,       ASSESS,           ALLOW",
        "contact-person,          CONTACT,    VIEW_PLAN,        ALLOW",
        "contact-person,          CONTACT,    WRITE_PLAN,       ALLOW",
        "contact-person,          CONTACT,    ASSESS,           DENY",
        "training-supervisor,     SUPERVISOR, VIEW_PLAN,        ALLOW",
        "training-supervisor,     SUPERVISOR, ASSESS,           ALLOW",
        "training-supervisor,     NONE,       VIEW_PLAN,        DENY",
        "mentor,                  MENTOR,     VIEW_PLAN,        ALLOW",
        "mentor,                  MENTOR,     WRITE_PLAN,       DENY",
        "mentor,                  MENTOR,     ASSESS,           DENY",
        "student,                 SELF,       SHARE_PLAN,       ALLOW",
        "contact-person,          CONTACT,    SHARE_PLAN,       DENY",
        "education-leader,        NONE,       VIEW_PLAN,        DENY",
        "contact-person,          NONE,       WRITE_PLAN,       DENY",
        // the statement and absence: the period's supervisor, also once the period has ended
        "training-supervisor,     SUPERVISOR, ISSUE_STATEMENT,  ALLOW",
        "training-supervisor,     FORMER,     ISSUE_STATEMENT,  ALLOW",
        "training-supervisor,     FORMER,     VIEW_PLAN,        ALLOW",
        "training-supervisor,     FORMER,     VIEW,             DENY",
        // a supervisor taken off a period reads its plan, and writes nothing
        "training-supervisor,     TAKEN_OFF,  VIEW_PLAN,        ALLOW",
        "training-supervisor,     TAKEN_OFF,  WRITE_PLAN,       DENY",
        "training-supervisor,     TAKEN_OFF,  ASSESS,           DENY",
        "training-supervisor,     TAKEN_OFF,  ISSUE_STATEMENT,  DENY",
        "training-supervisor,     TAKEN_OFF,  RECORD_ABSENCE,   DENY",
        "training-supervisor,     TAKEN_OFF,  VIEW,             DENY",
        "training-supervisor,     TAKEN_OFF,  VIEW_NEEDS,       DENY",
        "mentor,                  TAKEN_OFF,  VIEW_PLAN,        DENY",
        "training-supervisor,     SUPERVISOR, RECORD_ABSENCE,   ALLOW",
        "contact-person,          CONTACT,    ISSUE_STATEMENT,  DENY",
        "contact-person,          CONTACT,    RECORD_ABSENCE,   DENY",
        "student,                 SELF,       ISSUE_STATEMENT,  DENY",
        // a relationship without the matching role gives nothing
        "student,                 CONTACT,    VIEW,          DENY",
        "mentor,                  SUPERVISOR, VIEW,          DENY",
    })
    void decides(String role, String relationship, AuditAction action, String expected) {
        Caller caller = new Caller(1L, "someone", "sub", Set.of(Role.fromRealmName(role).orElseThrow()));

        Decision decision = AccessPolicy.decide(action, caller, relationship(relationship));

        String actual = !decision.allowed() ? "DENY" : decision.view() == null ? "ALLOW" : decision.view().name();
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0} may list {1}: {2}")
    @CsvSource({
        "education-leader,    ALL,         true",
        "contact-person,      ALL,         false",
        "contact-person,      MY_STUDENTS, true",
        "training-supervisor, SUPERVISED,  true",
        "training-supervisor, MY_STUDENTS, false",
    })
    void eachListBelongsToOneRole(String role, StudentScope scope, boolean allowed) {
        Caller caller = new Caller(1L, "someone", "sub", Set.of(Role.fromRealmName(role).orElseThrow()));

        assertEquals(allowed, AccessPolicy.decideList(scope, caller).allowed());
    }

    @ParameterizedTest(name = "{0} as {1} reads {2}")
    @CsvSource({
        "student,             SELF,    DATES_AND_TOPICS",
        "contact-person,      CONTACT, SHARED_SUMMARIES",
        "mentor,              MENTOR,  OWN_LOGS",
        "contact-person,      MENTOR,  OWN_LOGS",
    })
    void eachReaderSeesTheirPartOfTheMentorSessions(String role, String relationship,
                                                    AccessPolicy.SessionsView expected) {
        Caller caller = new Caller(1L, "someone", "sub", Set.of(Role.fromRealmName(role).orElseThrow()));

        assertEquals(expected, AccessPolicy.sessionsView(caller, relationship(relationship)));
    }

    private static Relationship relationship(String name) {
        return switch (name) {
            case "CONTACT" -> new Relationship(true, false, false, false, false, false);
            case "MENTOR" -> new Relationship(false, true, false, false, false, false);
            case "SUPERVISOR" -> new Relationship(false, false, true, false, false, false);
            case "FORMER" -> new Relationship(false, false, false, true, false, false);
            case "TAKEN_OFF" -> new Relationship(false, false, false, false, true, false);
            case "SELF" -> new Relationship(false, false, false, false, false, true);
            default -> Relationship.NONE;
        };
    }
}
