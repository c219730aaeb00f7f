package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.Assignments;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.mentoring.ClusterBasis;
import dk.brobygger.domain.mentoring.Mentor;
import dk.brobygger.domain.mentoring.MentorCluster;
import dk.brobygger.domain.mentoring.MentorClusters;
import dk.brobygger.domain.mentoring.MentorSessions;
import dk.brobygger.domain.mentoring.Mentors;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The education leader's mentor corps (recommendation 6.1 of the analysis): who mentors and how much, counts only,
 * never what was said; registering mentors; clusters of peer mentees and their members.
 */
@Stateless
@Gated
@RolesAllowed(Role.EDUCATION_LEADER_NAME)
public class MentorCorpsService {

    private static final String CORPS = "Mentor";
    private static final String CLUSTER = "MentorCluster";

    @Inject
    private Gate gate;

    @Inject
    private Students students;

    @Inject
    private UserProfiles people;

    @Inject
    private Clock clock;

    @Inject
    private Mentors mentors;

    @Inject
    private MentorClusters clusters;

    @Inject
    private MentorSessions sessions;

    @Inject
    private Assignments assignments;

    /**
     * The mentor corps with counts for the education leader: mentees, sessions, overdue; never contents. Audited
     * as listing the cluster members it shows; only those who manage the corps may read it.
     */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public List<CorpsLine> corps() {
        return gate.run(AuditEntry.of(AuditAction.LIST, StudentService.RECORD, null, null), act -> {
            act.require(AuditAction.MANAGE_MENTORS);
            LocalDate today = LocalDate.now(clock);
            // a fixed number of queries however large the corps: each one reads what it needs for every mentor
            List<Mentor> corps = mentors.corps();
            if (corps.isEmpty()) {
                act.shown(List.of());
                return List.<CorpsLine>of();
            }
            List<UserProfile> persons = corps.stream().map(Mentor::getPerson).toList();
            List<Assignment> mentees = assignments.currentMenteesOf(persons, today);
            // when each mentor last met each of their current mentees: one query for the whole corps, where
            // asking for each mentor's mentees would be one for each mentor
            Map<Long, Map<Long, LocalDate>> last = sessions.lastWithCurrentMentees(persons, today);
            Map<Long, Long> held = sessions.countsByMentorAfter(today.minusDays(30));
            Map<Long, List<CorpsLine.Cluster>> lines = MentoringRecords.clusters(clusters.withMembers())
                    .entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().getMentor().getId(),
                            Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
            act.shown(lines.values().stream().flatMap(List::stream).flatMap(c -> c.members().stream())
                    .map(CorpsLine.Member::studentId).distinct().toList()).detail("mentor clusters");
            return corps.stream().map(m -> {
                long person = m.getPerson().getId();
                List<Assignment> own = mentees.stream().filter(a -> a.getPerson().getId() == person).toList();
                Map<Long, LocalDate> lastOf = last.getOrDefault(person, Map.of());
                long overdue = own.stream().filter(a -> MentoringRecords.overdue(a,
                        lastOf.get(a.getStudent().getId()), today)).count();
                return new CorpsLine(m.getId(), m.getPerson().getDisplayName(), m.getPerson().getUsername(),
                        m.getKind(), own.size(), held.getOrDefault(person, 0L), overdue,
                        lines.getOrDefault(m.getId(), List.of()));
            }).toList();
        });
    }

    /** Adds a person the school has registered to the corps: a staff mentor, or with a student number a peer. */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public long registerMentor(String username, String peerStudentNumber) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_MENTORS, CORPS, null, null), act -> {
            UserProfile person = people.byUsername(username == null ? "" : username.strip())
                    .orElseThrow(() -> new InvalidInputException("username", "person.unknown"));
            if (mentors.includes(person)) {
                throw new InvalidInputException("username", "mentor.already");
            }
            Student peer = null;
            if (peerStudentNumber != null && !peerStudentNumber.isBlank()) {
                peer = students.byNumber(peerStudentNumber.strip().toUpperCase(Locale.ROOT))
                        .orElseThrow(() -> new InvalidInputException("studentNumber", "mentor.student.unknown"));
            }
            Mentor mentor = new Mentor(person, peer);
            mentors.add(mentor);
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
            Mentor mentor = mentors.byId(mentorId)
                    .orElseThrow(() -> new InvalidInputException("mentor", "mentor.unknown"));
            if (name == null || name.isBlank() || name.strip().length() > MentorCluster.NAME_MAX) {
                throw new InvalidInputException("name", "cluster.name.required", MentorCluster.NAME_MAX);
            }
            if (basis == null) {
                throw new InvalidInputException("basis", "cluster.basis.required");
            }
            if (clusters.exists(mentor, name.strip())) {
                throw new InvalidInputException("name", "cluster.name.taken");
            }
            MentorCluster cluster = new MentorCluster(mentor, name, basis);
            clusters.add(cluster);
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
            boolean peerMentee = assignments.isPeerMentee(student, cluster.getMentor().getPerson(),
                    LocalDate.now(clock));
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
        return clusters.byId(clusterId).orElseThrow(() -> new InvalidInputException(null, "cluster.unknown"));
    }
}
