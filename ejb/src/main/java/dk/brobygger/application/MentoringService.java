package dk.brobygger.application;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.mentoring.ClusterBasis;
import dk.brobygger.domain.mentoring.Mentor;
import dk.brobygger.domain.mentoring.MentorCluster;
import dk.brobygger.domain.mentoring.MentorSession;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.domain.task.Task;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mentoring (recommendations 6.1 and 6.2 of the analysis): the education leader's mentor corps and clusters of peer
 * mentees; mentors' session logs with a follow-up for the contact person; who sees what of them. A mentor reads
 * only their own logs; the contact person reads sessions of their students, summaries only where the mentor shared
 * them; the student reads dates and topics; the education leader reads counts.
 */
@Stateless
@Gated
@RolesAllowed({Role.MENTOR_NAME, Role.CONTACT_PERSON_NAME, Role.STUDENT_NAME, Role.EDUCATION_LEADER_NAME,
    Role.TRAINING_SUPERVISOR_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
public class MentoringService {

    static final String RECORD = "MentorSession";
    private static final String CORPS = "Mentor";
    private static final String CLUSTER = "MentorCluster";
    /** A follow-up is due this many days after the session is logged. */
    static final int FOLLOW_UP_DAYS = 3;
    /** How far back a session can be logged. */
    static final int HISTORY_DAYS = 365;
    /** How many of a student's latest sessions their page shows. */
    static final int SESSIONS_SHOWN = 50;
    private static final String CURRENT = " AND a.kind = :kind AND a.validFrom <= :day"
            + " AND (a.validTo IS NULL OR a.validTo >= :day)";

    @Inject
    private Gate gate;

    @Inject
    private Students students;

    @Inject
    private UserProfiles people;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The mentor's current mentees, paged in the database, with when they last met and who is overdue. */
    @RolesAllowed(Role.MENTOR_NAME)
    public Page<MenteeLine> mentees(int first, int size) {
        return gate.run(AuditEntry.of(AuditAction.LIST, StudentService.RECORD, null, null), act -> {
            LocalDate today = LocalDate.now(clock);
            long me = myProfile(act);
            String where = " FROM Assignment a WHERE a.person.id = :me" + CURRENT;
            List<Assignment> rows = em.createQuery("SELECT a" + where
                            + " ORDER BY a.student.lastName, a.student.firstName, a.id", Assignment.class)
                    .setParameter("me", me).setParameter("kind", AssignmentKind.MENTOR).setParameter("day", today)
                    .setFirstResult(first).setMaxResults(size).getResultList();
            long total = em.createQuery("SELECT COUNT(a)" + where, Long.class).setParameter("me", me)
                    .setParameter("kind", AssignmentKind.MENTOR).setParameter("day", today).getSingleResult();
            List<Long> ids = rows.stream().map(a -> a.getStudent().getId()).distinct().toList();
            Map<Long, LocalDate> last = lastSessions(me, ids);
            Map<Long, String> contacts = students.contactPersons(ids, today).stream().collect(Collectors.groupingBy(
                    a -> a.getStudent().getId(), Collectors.mapping(a -> a.getPerson().getDisplayName(),
                            Collectors.joining(", "))));
            act.shown(ids).detail("mentees");
            return new Page<>(rows.stream().map(a -> {
                Student s = a.getStudent();
                LocalDate lastSession = last.get(s.getId());
                return new MenteeLine(s.getId(), s.getFullName(), s.getProgramme(), s.getTeam(),
                        contacts.getOrDefault(s.getId(), ""), a.getMentorType(), a.getCadence(), a.getValidTo(),
                        lastSession, overdue(a, lastSession, today));
            }).toList(), total);
        });
    }

    /** The clusters the mentor meets, with their members. */
    @RolesAllowed(Role.MENTOR_NAME)
    public List<CorpsLine.Cluster> myClusters() {
        return gate.run(AuditEntry.of(AuditAction.LIST, StudentService.RECORD, null, null), act -> {
            List<MentorCluster> clusters = em.createQuery("SELECT c FROM MentorCluster c"
                            + " WHERE c.mentor.person.id = :me ORDER BY c.name", MentorCluster.class)
                    .setParameter("me", myProfile(act)).getResultList();
            act.shown(clusters.stream().flatMap(c -> c.getMembers().stream()).map(Student::getId).distinct()
                    .toList()).detail("clusters");
            return clusters.stream().map(MentoringService::cluster).toList();
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
                who = cluster(myCluster(act, clusterId));
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
     * the future, the duration is out of bounds, no one attended, or an attendee is not the mentor's mentee.
     *
     * @return the session's id
     */
    @RolesAllowed(Role.MENTOR_NAME)
    public long log(SessionInput input) {
        // TODO(gate): a cluster's session names no single student, and the policy refuses LOG_SESSION without one;
        // the gate checks the attendee with the lowest id and the work checks every attendee as a current mentee
        // (the mentor relationship the policy asks for) until the policy can decide LOG_SESSION for a cluster.
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
                        act.refuse("not the mentor's mentee");
                        throw new InvalidInputException("attendees", "session.notMentee");
                    }
                    attendees.add(member);
                }
            } else {
                attendees.add(students.byId(input.studentId()).orElseThrow());
            }
            checkContent(input, today);
            Student concerned = null;
            if (input.followUp()) {
                if (input.followUpMessage() == null || input.followUpMessage().isBlank()) {
                    throw new InvalidInputException("followUpMessage", "session.followUp.message");
                }
                concerned = cluster == null ? attendees.iterator().next() : attendees.stream()
                        .filter(s -> s.getId().equals(input.followUpStudentId())).findFirst()
                        .orElseThrow(() -> new InvalidInputException("followUpStudent", "session.followUp.student"));
            }
            UserProfile mentor = em.find(UserProfile.class, act.caller().profileId());
            MentorSession session = new MentorSession(mentor, cluster, attendees, input.heldOn(), input.minutes(),
                    input.topics(), input.summary(), input.summaryShared(),
                    input.followUp() ? input.followUpMessage() : null, clock.instant());
            em.persist(session);
            if (concerned != null) {
                em.persist(Task.mentorFollowUp(session, concerned, today.plusDays(FOLLOW_UP_DAYS), clock.instant()));
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

    /** The student's mentoring as the caller may see it now (see the class comment). */
    public MentoringView mentoringOf(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_SESSIONS, RECORD, null, studentId), act -> {
            Caller caller = act.caller();
            Relationship relationship = act.relationship();
            boolean self = caller.has(Role.STUDENT) && relationship.self();
            boolean contact = caller.has(Role.CONTACT_PERSON) && relationship.contactPerson();
            Long onlyMentor = contact || self ? null : caller.profileId();
            LocalDate today = LocalDate.now(clock);
            List<Assignment> mentors = em.createQuery("SELECT a FROM Assignment a WHERE a.student.id = :student"
                            + CURRENT + " ORDER BY a.validFrom", Assignment.class)
                    .setParameter("student", studentId).setParameter("kind", AssignmentKind.MENTOR)
                    .setParameter("day", today).getResultStream()
                    .filter(a -> onlyMentor == null || a.getPerson().getId().equals(onlyMentor)).toList();
            List<MentoringView.Mentorship> mentorships = mentors.stream().map(a -> {
                LocalDate last = lastSessions(a.getPerson().getId(), List.of(studentId)).get(studentId);
                return new MentoringView.Mentorship(a.getPerson().getDisplayName(), a.getMentorType(),
                        a.getCadence(), a.getValidTo(), last, overdue(a, last, today));
            }).toList();
            TypedQuery<MentorSession> query = em.createQuery("SELECT s FROM MentorSession s JOIN s.attendees st"
                            + " WHERE st.id = :student" + (onlyMentor == null ? "" : " AND s.mentor.id = :mentor")
                            + " ORDER BY s.heldOn DESC, s.id DESC", MentorSession.class)
                    .setParameter("student", studentId).setMaxResults(SESSIONS_SHOWN);
            if (onlyMentor != null) {
                query.setParameter("mentor", onlyMentor);
            }
            List<MentorSession> sessions = query.getResultList();
            List<MentoringView.Session> lines = sessions.stream().map(s -> new MentoringView.Session(s.getHeldOn(),
                    s.getMentor().getDisplayName(), s.getFormat(), self ? null : s.getDurationMinutes(),
                    s.getTopics().stream().sorted().toList(),
                    self || contact && !s.isSummaryShared() ? null : s.getSummary(),
                    !self && s.getFollowUpMessage() != null)).toList();
            act.detail(lines.size() + " sessions"
                    + (self ? ", dates and topics" : contact ? ", shared summaries" : ", own logs"));
            return new MentoringView(mentorships, lines);
        });
    }

    /**
     * The mentor corps with counts for the education leader: mentees, sessions, overdue; never contents. Audited
     * as listing the cluster members it shows; only those who manage the corps may read it.
     */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public List<CorpsLine> corps() {
        return gate.run(AuditEntry.of(AuditAction.LIST, StudentService.RECORD, null, null), act -> {
            act.require(AuditAction.MANAGE_MENTORS);
            LocalDate today = LocalDate.now(clock);
            List<Mentor> corps = em.createQuery("SELECT m FROM Mentor m ORDER BY m.person.displayName",
                    Mentor.class).getResultList();
            if (corps.isEmpty()) {
                act.shown(List.of());
                return List.<CorpsLine>of();
            }
            List<Assignment> assignments = em.createQuery("SELECT a FROM Assignment a WHERE a.person IN :people"
                            + CURRENT, Assignment.class)
                    .setParameter("people", corps.stream().map(Mentor::getPerson).toList())
                    .setParameter("kind", AssignmentKind.MENTOR).setParameter("day", today).getResultList();
            Map<Long, Long> sessions = em.createQuery("SELECT s.mentor.id, COUNT(s) FROM MentorSession s"
                            + " WHERE s.heldOn > :since GROUP BY s.mentor.id", Object[].class)
                    .setParameter("since", today.minusDays(30)).getResultStream()
                    .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
            Map<Long, List<MentorCluster>> clusters = em.createQuery("SELECT c FROM MentorCluster c ORDER BY c.name",
                    MentorCluster.class).getResultStream().collect(Collectors.groupingBy(c -> c.getMentor().getId()));
            act.shown(clusters.values().stream().flatMap(List::stream).flatMap(c -> c.getMembers().stream())
                    .map(Student::getId).distinct().toList()).detail("mentor clusters");
            return corps.stream().map(m -> {
                long person = m.getPerson().getId();
                List<Assignment> own = assignments.stream().filter(a -> a.getPerson().getId() == person).toList();
                Map<Long, LocalDate> last = lastSessions(person, own.stream().map(a -> a.getStudent().getId())
                        .toList());
                long overdue = own.stream().filter(a -> overdue(a, last.get(a.getStudent().getId()), today)).count();
                return new CorpsLine(m.getId(), m.getPerson().getDisplayName(), m.getPerson().getUsername(),
                        m.getKind(), own.size(), sessions.getOrDefault(person, 0L), overdue,
                        clusters.getOrDefault(m.getId(), List.of()).stream().map(MentoringService::cluster).toList());
            }).toList();
        });
    }

    /** Adds a person the school has registered to the corps: a staff mentor, or with a student number a peer. */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public long registerMentor(String username, String peerStudentNumber) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_MENTORS, CORPS, null, null), act -> {
            UserProfile person = people.byUsername(username == null ? "" : username.strip())
                    .orElseThrow(() -> new InvalidInputException("username", "person.unknown"));
            if (em.createQuery("SELECT COUNT(m) FROM Mentor m WHERE m.person = :person", Long.class)
                    .setParameter("person", person).getSingleResult() > 0) {
                throw new InvalidInputException("username", "mentor.already");
            }
            Student peer = null;
            if (peerStudentNumber != null && !peerStudentNumber.isBlank()) {
                peer = students.byNumber(peerStudentNumber.strip().toUpperCase(Locale.ROOT))
                        .orElseThrow(() -> new InvalidInputException("studentNumber", "mentor.student.unknown"));
            }
            Mentor mentor = new Mentor(person, peer);
            em.persist(mentor);
            act.record(mentor.getId()).detail(mentor.getKind() + " " + person.getUsername());
            if (peer != null) {
                // the peer mentor is a student: the event is theirs
                act.shown(List.of(peer.getId()));
            }
            return mentor.getId();
        });
    }

    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public long createCluster(long mentorId, String name, ClusterBasis basis) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_MENTORS, CLUSTER, null, null), act -> {
            Mentor mentor = em.find(Mentor.class, mentorId);
            if (mentor == null) {
                throw new InvalidInputException("mentor", "mentor.unknown");
            }
            if (name == null || name.isBlank() || name.strip().length() > MentorCluster.NAME_MAX) {
                throw new InvalidInputException("name", "cluster.name.required", MentorCluster.NAME_MAX);
            }
            if (basis == null) {
                throw new InvalidInputException("basis", "cluster.basis.required");
            }
            if (em.createQuery("SELECT COUNT(c) FROM MentorCluster c WHERE c.mentor = :mentor AND c.name = :name",
                    Long.class).setParameter("mentor", mentor).setParameter("name", name.strip())
                    .getSingleResult() > 0) {
                throw new InvalidInputException("name", "cluster.name.taken");
            }
            MentorCluster cluster = new MentorCluster(mentor, name, basis);
            em.persist(cluster);
            act.record(cluster.getId()).detail("created " + cluster.getName());
            return cluster.getId();
        });
    }

    /** Adds a student to a cluster: they must be a current peer mentee of the cluster's mentor. */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public void addToCluster(long clusterId, String studentNumber) {
        gate.run(AuditEntry.of(AuditAction.MANAGE_MENTORS, CLUSTER, clusterId, null), act -> {
            MentorCluster cluster = existingCluster(clusterId);
            Student student = students.byNumber(studentNumber == null ? ""
                            : studentNumber.strip().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new InvalidInputException("studentNumber", "mentor.student.unknown"));
            boolean peerMentee = em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE a.student = :student"
                            + " AND a.person = :mentor AND a.mentorType = :peer" + CURRENT, Long.class)
                    .setParameter("student", student).setParameter("mentor", cluster.getMentor().getPerson())
                    .setParameter("peer", MentorType.PEER).setParameter("kind", AssignmentKind.MENTOR)
                    .setParameter("day", LocalDate.now(clock)).getSingleResult() > 0;
            if (!peerMentee) {
                throw new InvalidInputException("studentNumber", "cluster.member.notMentee");
            }
            cluster.add(student);
            // the student is known by their number only now: the event is theirs
            act.shown(List.of(student.getId())).detail("member added to " + cluster.getName());
            return cluster;
        });
    }

    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public void removeFromCluster(long clusterId, long studentId) {
        gate.run(AuditEntry.of(AuditAction.MANAGE_MENTORS, CLUSTER, clusterId, studentId), act -> {
            MentorCluster cluster = existingCluster(clusterId);
            cluster.getMembers().stream().filter(s -> s.getId() == studentId).findFirst().ifPresent(cluster::remove);
            act.detail("member removed from " + cluster.getName());
            return cluster;
        });
    }

    private MentorCluster existingCluster(long clusterId) {
        MentorCluster cluster = em.find(MentorCluster.class, clusterId);
        if (cluster == null) {
            throw new InvalidInputException(null, "cluster.unknown");
        }
        return cluster;
    }

    /** One of the caller's own clusters; another mentor's is refused and audited. */
    private MentorCluster myCluster(Scope act, long clusterId) {
        MentorCluster cluster = em.find(MentorCluster.class, clusterId);
        if (cluster == null || !cluster.getMentor().getPerson().getId().equals(act.caller().profileId())) {
            throw act.refuse("not the mentor's cluster");
        }
        return cluster;
    }

    /**
     * Which of these students are the caller's current mentees: the mentor relationship the policy asks of
     * LOG_SESSION, for attendees beyond the one the gate checked (the caller is a mentor: log is theirs only).
     */
    private Set<Long> currentMentees(Scope act, Collection<Long> studentIds) {
        return Set.copyOf(em.createQuery("SELECT a.student.id FROM Assignment a WHERE a.person.id = :me"
                        + " AND a.student.id IN :ids" + CURRENT, Long.class)
                .setParameter("me", myProfile(act)).setParameter("ids", studentIds)
                .setParameter("kind", AssignmentKind.MENTOR).setParameter("day", LocalDate.now(clock))
                .getResultList());
    }


    private static long myProfile(Scope act) {
        return act.caller().profileId() == null ? -1L : act.caller().profileId();
    }

    private static CorpsLine.Cluster cluster(MentorCluster c) {
        return new CorpsLine.Cluster(c.getId(), c.getName(), c.getBasis().name(), c.getMembers().stream()
                .map(s -> new CorpsLine.Member(s.getId(), s.getFullName())).toList());
    }

    private static boolean overdue(Assignment assignment, LocalDate lastSession, LocalDate today) {
        return assignment.getCadence() != null
                && assignment.getCadence().overdue(assignment.getValidFrom(), lastSession, today);
    }

    /** When the mentor last met each of these students. */
    private Map<Long, LocalDate> lastSessions(long mentorProfileId, Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT st.id, MAX(s.heldOn) FROM MentorSession s JOIN s.attendees st"
                        + " WHERE s.mentor.id = :mentor AND st.id IN :ids GROUP BY st.id", Object[].class)
                .setParameter("mentor", mentorProfileId).setParameter("ids", studentIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (LocalDate) r[1]));
    }
}
