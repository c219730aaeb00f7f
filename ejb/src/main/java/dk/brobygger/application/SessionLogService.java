package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.Assignments;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.mentoring.ClusterMembers;
import dk.brobygger.domain.mentoring.MentorCluster;
import dk.brobygger.domain.mentoring.MentorClusters;
import dk.brobygger.domain.mentoring.MentorSession;
import dk.brobygger.domain.mentoring.MentorSessions;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.domain.task.Task;
import dk.brobygger.domain.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mentor's own work (recommendation 6.2 of the analysis): their mentees and clusters, from which they choose
 * whom a session is for, and the session log itself, with a follow-up for the student's contact person.
 */
@Stateless
@Gated
@RolesAllowed(Role.MENTOR_NAME)
public class SessionLogService {

    static final String RECORD = "MentorSession";
    /** A follow-up is due this many days after the session is logged. */
    static final int FOLLOW_UP_DAYS = 3;
    /** How far back a session can be logged. */
    static final int HISTORY_DAYS = 365;

    @Inject
    private Gate gate;

    @Inject
    private Students students;

    @Inject
    private Clock clock;

    @Inject
    private Assignments assignments;

    @Inject
    private MentorSessions sessions;

    @Inject
    private MentorClusters clusters;

    @Inject
    private UserProfiles profiles;

    @Inject
    private Tasks tasks;

    /** The mentor's current mentees, paged in the database, with when they last met and who is overdue. */
    @RolesAllowed(Role.MENTOR_NAME)
    public Page<MenteeLine> mentees(int first, int size) {
        int from = Page.first(first);
        int rows = Page.rows(size);
        return gate.run(AuditEntry.of(AuditAction.LIST, StudentService.RECORD, null, null), act -> {
            LocalDate today = LocalDate.now(clock);
            long me = myProfile(act);
            // the students with the rows: not one query for each row's student
            Page<Assignment> page = assignments.currentMenteesOf(me, today, from, rows);
            List<Assignment> mentees = page.rows();
            long total = page.total();
            List<Long> ids = mentees.stream().map(a -> a.getStudent().getId()).distinct().toList();
            Map<Long, LocalDate> last = sessions.lastByStudent(me, ids);
            Map<Long, String> contacts = students.contactPersons(ids, today).stream().collect(Collectors.groupingBy(
                    a -> a.getStudent().getId(), Collectors.mapping(a -> a.getPerson().getDisplayName(),
                            Collectors.joining(", "))));
            act.shown(ids).detail("mentees");
            return new Page<>(mentees.stream().map(a -> {
                Student s = a.getStudent();
                LocalDate lastSession = last.get(s.getId());
                return new MenteeLine(s.getId(), s.getFullName(), s.getProgramme(), s.getTeam(),
                        contacts.getOrDefault(s.getId(), ""), a.getMentorType(), a.getCadence(), a.getValidTo(),
                        lastSession, MentoringRecords.overdue(a, lastSession, today));
            }).toList(), total);
        });
    }

    /** The clusters the mentor meets, with their members. */
    @RolesAllowed(Role.MENTOR_NAME)
    public List<CorpsLine.Cluster> myClusters() {
        return gate.run(AuditEntry.of(AuditAction.LIST, StudentService.RECORD, null, null), act -> {
            // the clusters and their members in one query: not one more for each cluster's members
            List<CorpsLine.Cluster> mine = List.copyOf(MentoringRecords.clusters(
                    currentOnly(act, clusters.withMembersOf(myProfile(act)))).values());
            act.shown(mine.stream().flatMap(c -> c.members().stream()).map(CorpsLine.Member::studentId)
                    .distinct().toList()).detail("clusters");
            return mine;
        });
    }

    /**
     * Who a session is logged for: one mentee by name, or a cluster's members to tick who attended. A cluster names
     * no student to the gate, and a mentor may only list students without one: its members are audited as listed.
     */
    @RolesAllowed(Role.MENTOR_NAME)
    public CorpsLine.Cluster logFor(Long studentId, Long clusterId) {
        AuditEntry declared = clusterId != null
                ? AuditEntry.of(AuditAction.LIST, StudentService.RECORD, null, null)
                : AuditEntry.of(AuditAction.VIEW, StudentService.RECORD, studentId,
                        Objects.requireNonNull(studentId, "a student or a cluster"));
        return gate.run(declared, act -> {
            CorpsLine.Cluster who;
            if (clusterId != null) {
                MentorCluster cluster = myCluster(act, clusterId);
                Set<Long> mentees = currentMentees(act, cluster.getMembers().stream().map(Student::getId).toList());
                who = MentoringRecords.cluster(cluster, cluster.getMembers().stream()
                        .filter(member -> mentees.contains(member.getId())).toList());
            } else {
                act.require(AuditAction.LOG_SESSION);
                Student student = students.byId(studentId).orElseThrow();
                who = new CorpsLine.Cluster(0, student.getFullName(), null,
                        List.of(new CorpsLine.Member(student.getId(), student.getFullName())));
            }
            act.shown(who.members().stream().map(CorpsLine.Member::studentId).toList()).detail("to log a session");
            return who;
        });
    }

    /**
     * Logs a session for the caller's mentee or for attendees of their cluster, and with a follow-up gives the
     * student's contact person a task. Refused with a message at the field, nothing stored, when the date is in
     * the future, the duration is out of bounds, no one attended, an attendee is not the mentor's mentee, or the
     * summary is shared about someone who did not attend.
     *
     * @return the session's id
     */
    @RolesAllowed(Role.MENTOR_NAME)
    public long log(SessionInput input) {
        // A group session concerns several students: it is declared on one of them (the lowest id), so that the
        // gate decides from the mentor's relationship to a real student, and every attendee is then checked as a
        // current mentee of this mentor (the relationship the policy asks for) in one query.
        Long declaredStudent;
        if (input.clusterId() != null) {
            if (input.attendeeIds().isEmpty()) {
                throw new InvalidInputException("attendees", "session.attendees.required");
            }
            declaredStudent = Collections.min(input.attendeeIds());
        } else {
            declaredStudent = Objects.requireNonNull(input.studentId(), "a student or a cluster");
        }
        return gate.run(AuditEntry.of(AuditAction.LOG_SESSION, RECORD, null, declaredStudent), act -> {
            LocalDate today = LocalDate.now(clock);
            MentorCluster cluster = null;
            Set<Student> attendees = new HashSet<>();
            if (input.clusterId() != null) {
                cluster = myCluster(act, input.clusterId());
                Map<Long, Student> members = cluster.getMembers().stream()
                        .collect(Collectors.toMap(Student::getId, s -> s));
                Set<Long> mentees = currentMentees(act, input.attendeeIds());
                for (Long id : input.attendeeIds()) {
                    Student member = members.get(id);
                    if (member == null || !mentees.contains(id)) {
                        act.about(id).refuse("not the mentor's mentee");
                        throw new InvalidInputException("attendees", "session.notMentee");
                    }
                    attendees.add(member);
                }
            } else {
                attendees.add(students.byId(input.studentId()).orElseThrow());
            }
            checkContent(input, today);
            Set<Student> sharedAbout = attendees.stream().filter(s -> input.sharedAboutIds().contains(s.getId()))
                    .collect(Collectors.toSet());
            if (sharedAbout.size() != input.sharedAboutIds().size()) {
                throw new InvalidInputException("sharedAbout", "session.share.notAttendee");
            }
            Student concerned = null;
            if (input.followUp()) {
                if (input.followUpMessage() == null || input.followUpMessage().isBlank()) {
                    throw new InvalidInputException("followUpMessage", "session.followUp.message");
                }
                concerned = cluster == null ? attendees.iterator().next() : attendees.stream()
                        .filter(s -> s.getId().equals(input.followUpStudentId())).findFirst()
                        .orElseThrow(() -> new InvalidInputException("followUpStudent", "session.followUp.student"));
            }
            UserProfile mentor = profiles.byId(act.caller().profileId()).orElse(null);
            MentorSession session = new MentorSession(mentor, cluster, attendees, input.heldOn(), input.minutes(),
                    input.topics(), input.summary(), sharedAbout,
                    input.followUp() ? input.followUpMessage() : null, clock.instant());
            sessions.add(session);
            if (concerned != null) {
                tasks.add(Task.mentorFollowUp(session, concerned, today.plusDays(FOLLOW_UP_DAYS), clock.instant()));
            }
            act.record(session.getId()).shown(attendees.stream().map(Student::getId).toList())
                    .detail(session.getFormat() + " " + session.getHeldOn() + (concerned == null ? "" : ", follow-up"));
            return session.getId();
        });
    }

    private static void checkContent(SessionInput input, LocalDate today) {
        if (input.heldOn() == null) {
            throw new InvalidInputException("heldOn", "session.date.required");
        }
        if (input.heldOn().isAfter(today)) {
            throw new InvalidInputException("heldOn", "session.date.future");
        }
        if (input.heldOn().isBefore(today.minusDays(HISTORY_DAYS))) {
            throw new InvalidInputException("heldOn", "session.date.tooOld");
        }
        if (input.minutes() == null || input.minutes() < MentorSession.MINUTES_MIN
                || input.minutes() > MentorSession.MINUTES_MAX) {
            throw new InvalidInputException("minutes", "session.minutes.range", MentorSession.MINUTES_MIN,
                    MentorSession.MINUTES_MAX);
        }
        if (input.topics().isEmpty()) {
            throw new InvalidInputException("topics", "session.topics.required");
        }
        if (input.summary() == null || input.summary().isBlank()) {
            throw new InvalidInputException("summary", "session.summary.required");
        }
    }

    /** One of the caller's own clusters; another mentor's is refused and audited. */
    private MentorCluster myCluster(Scope act, long clusterId) {
        MentorCluster cluster = clusters.byId(clusterId).orElse(null);
        if (cluster == null || !cluster.getMentor().getPerson().getId().equals(act.caller().profileId())) {
            throw act.record(clusterId).refuse("not the mentor's cluster");
        }
        return cluster;
    }

    /**
     * The clusters with only those members who are the mentor's mentees today: a cluster's membership ends with
     * the mentor assignment, and with it the mentor's sight of the student (one query for all the clusters).
     */
    private List<ClusterMembers> currentOnly(Scope act, List<ClusterMembers> all) {
        Set<Long> mentees = currentMentees(act, all.stream().flatMap(c -> c.members().stream())
                .map(Student::getId).distinct().toList());
        return all.stream().map(c -> new ClusterMembers(c.cluster(), c.members().stream()
                .filter(member -> mentees.contains(member.getId())).toList())).toList();
    }

    /**
     * Which of these students are the caller's current mentees: the mentor relationship the policy asks of
     * LOG_SESSION, for attendees beyond the one the gate checked (the caller is a mentor: log is theirs only).
     */
    private Set<Long> currentMentees(Scope act, Collection<Long> studentIds) {
        return studentIds.isEmpty() ? Set.of()
                : Set.copyOf(assignments.currentMenteeIds(myProfile(act), studentIds, LocalDate.now(clock)));
    }

    private static long myProfile(Scope act) {
        return act.caller().profileId() == null ? -1L : act.caller().profileId();
    }
}
