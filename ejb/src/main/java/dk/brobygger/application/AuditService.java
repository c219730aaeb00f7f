package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.domain.audit.AuditEvents;
import dk.brobygger.domain.audit.AuditSearch;
import dk.brobygger.domain.audit.ChainWalk;
import dk.brobygger.infrastructure.audit.ContentKey;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit trail: searched, exported and verified by the data protection officer; and the part about a
 * student, read by the student ("who has seen my data").
 */
@Stateless
@Gated
@RolesAllowed(Role.DATA_PROTECTION_OFFICER_NAME)
public class AuditService {

    static final String RECORD = "AuditEvent";
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    /** An export is one file; a search wider than this is narrowed first. */
    public static final int EXPORT_MAX = 100_000;

    @Inject
    private Gate gate;

    @Inject
    private Students students;

    @Inject
    private AuditEvents events;

    @Inject
    private AccessLines lines;

    @Inject
    private Clock clock;

    @Inject
    private ChainVerification verification;

    @Inject
    private ContentKey contentKey;

    /** The key checkpoints are signed with; set per installation, kept outside the database (README). */
    @Inject
    @ConfigProperty(name = "brobygger.audit.checkpoint-key")
    private Optional<String> checkpointKey;

    /** Events matching the search, newest first, one page, with what each event saw. */
    public Page<AuditEvent> events(AuditQuery query, int first, int size) {
        int from = Page.first(first);
        int rows = Page.rows(size);
        return gate.run(AuditEntry.of(AuditAction.READ_AUDIT, RECORD, null, null), act -> {
            Page<AuditEvent> result = events.search(search(query), from, rows);
            act.about(query.studentId()).detail(result.rows().size() + " of " + result.total() + " " + query);
            return result;
        });
    }

    /** The events matching the search as CSV (UTF-8, semicolons, as Danish Excel opens it), newest first. */
    public String export(AuditQuery query) {
        return gate.run(AuditEntry.of(AuditAction.EXPORT_AUDIT, RECORD, null, null), act -> {
            long total = events.count(search(query), EXPORT_MAX);
            if (total > EXPORT_MAX) {
                throw new InvalidInputException(null, "audit.export.tooMany", EXPORT_MAX);
            }
            StringBuilder csv = new StringBuilder("tidspunkt;bruger;roller;organisation;handling;post;post_id;elev_id;"
                    + "udfald;visning;sete_behov;viste_elever;rapport_afdeling;rapport_team;rapport_startaar;detaljer;"
                    + "kaede_nr\r\n");
            events.all(search(query)).forEach(e -> csv.append(String.join(";",
                    e.getOccurredAt().atZone(DANISH_TIME).toOffsetDateTime().toString(), Csv.cell(e.getActorUsername()),
                    Csv.cell(e.getActorRoles()), Csv.cell(e.getOrganisation()), e.getAction().name(), Csv.cell(e.getRecordType()),
                    text(e.getRecordId()), text(e.getStudentId()), e.getOutcome().name(),
                    e.getStudentView() == null ? "" : e.getStudentView().name(),
                    e.getSeenNeeds().stream().map(n -> n.getCategory() + ":" + n.getLevel())
                            .collect(Collectors.joining(",")),
                    e.getListedStudents().stream().map(String::valueOf).collect(Collectors.joining(",")),
                    reportColumns(e.getReport()), Csv.cell(e.getReason()), text(e.getChainSeq()))).append("\r\n"));
            act.about(query.studentId()).detail(total + " events " + query);
            return csv.toString();
        });
    }

    /** A report's filters as three columns (site, team, start years), empty for any other event. */
    private static String reportColumns(ReportFilter report) {
        return report == null ? ";;" : String.join(";", report.site() == null ? "" : report.site().name(),
                Csv.cell(report.team()), report.fromYear() + "-" + report.toYear());
    }

    /**
     * Starts the check of the whole hash chain in the background, unless one is running; where it stands is
     * {@link ChainVerification#progress()}.
     */
    public ChainVerification.Progress verify() {
        return gate.run(AuditEntry.of(AuditAction.VERIFY_AUDIT, RECORD, null, null), act -> {
            verification.start();
            act.detail("check started");
            return verification.progress();
        });
    }

    /**
     * A signed checkpoint of the chain's head as the last finished check found it, for the data protection officer
     * to keep outside the system (docs/audit.md); made only when that check found the chain intact. The chain is
     * not walked again here: at national scale that takes longer than a page can wait.
     */
    public String checkpoint() {
        return gate.run(AuditEntry.of(AuditAction.EXPORT_AUDIT, RECORD, null, null), act -> {
            String key = key();
            ChainVerification.Progress progress = verification.progress();
            ChainCheck last = progress.result();
            if (progress.running() || last == null || !last.intact() || last.lastHash() == null) {
                throw new InvalidInputException(null, "audit.checkpoint.checkFirst");
            }
            // an intact chain runs from place 1 without a gap, so its last place is the number of its events
            Checkpoint checkpoint = new Checkpoint(last.events(), last.lastHash(), clock.instant());
            act.detail("checkpoint at " + checkpoint.chainSeq() + ", hash " + checkpoint.hash());
            return checkpoint.signed(key);
        });
    }

    /** Checks a checkpoint kept outside the system against the chain as it is now. */
    public Checkpoint.Finding check(String checkpointLine) {
        return gate.run(AuditEntry.of(AuditAction.VERIFY_AUDIT, RECORD, null, null), act -> {
            Optional<Checkpoint> checkpoint = Checkpoint.read(checkpointLine, key());
            Checkpoint.Finding finding = checkpoint.map(c -> {
                ChainWalk walk = new ChainWalk(c.chainSeq(), contentKey.value());
                events.walkChain(walk);
                return c.against(walk);
            }).orElse(Checkpoint.Finding.NOT_OURS);
            act.detail("checkpoint " + checkpoint.map(c -> "at " + c.chainSeq()).orElse("not ours") + ": " + finding);
            return finding;
        });
    }

    private String key() {
        return checkpointKey.filter(k -> k.length() >= 32)
                .orElseThrow(() -> new InvalidInputException(null, "audit.checkpoint.noKey"));
    }

    /**
     * Everything others did or tried with the signed-in student's records, newest first, one page: who, in which
     * role, from where, what they did and what they saw. Read from the events' fields, never from their text.
     */
    @RolesAllowed(Role.STUDENT_NAME)
    public Page<AccessLine> accessToMyData(int first, int size) {
        int from = Page.first(first);
        int rows = Page.rows(size);
        Caller me = gate.caller();
        Optional<Student> mine = me.profileId() == null ? Optional.empty() : students.byAccount(me.profileId());
        return gate.run(AuditEntry.of(AuditAction.READ_ACCESS_LOG, RECORD, null, null), mine,
                Student::getId, (act, student) -> {
            Page<AccessLine> page = lines.about(student.getId(), me.subject(), from, rows);
            act.detail(page.rows().size() + " shown");
            return page;
        });
    }

    /** The search as the audit trail is searched: a day is a whole Danish day, to the end of {@code to}. */
    private static AuditSearch search(AuditQuery query) {
        return new AuditSearch(query.studentId(), query.username(),
                query.from() == null ? null : query.from().atStartOfDay(DANISH_TIME).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(DANISH_TIME).toInstant(),
                query.action());
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }
}
