package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.AuditEvents;
import dk.brobygger.domain.audit.ChainWalk;
import dk.brobygger.infrastructure.audit.ContentKey;
import dk.brobygger.infrastructure.audit.AuditSealer;
import dk.brobygger.infrastructure.audit.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The check of the whole hash chain, run in the background (docs/audit.md, "Checking the chain"): at national
 * scale the chain holds millions of events, more than a page can wait for. One check runs at a time; the data
 * protection officer's page shows its progress and the last result. Started only through
 * {@link AuditService#verify}, which audits who started it; its result is audited by the application itself.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(Role.DATA_PROTECTION_OFFICER_NAME)
public class ChainVerification {

    /** How often, in events, the progress is brought up to date. */
    private static final int PROGRESS_EVERY = 10_000;

    @Inject
    private ContentKey contentKey;

    @Inject
    private AuditEvents events;

    @Inject
    private AuditTrail trail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Progress progress = new Progress(false, 0, 0, null, null);

    /**
     * Where the check stands: whether one is running, how many events it has checked of how many the chain held
     * when it started, when it started, and the last finished check's result (null before the first).
     */
    public record Progress(boolean running, long checked, long total, Instant startedAt, ChainCheck result)
            implements Serializable {
    }

    /** Where the check stands: counts and a hash, no personal data, so read without the gate. */
    public Progress progress() {
        return progress;
    }

    /** Starts a check, unless one is running already; only through {@link AuditService#verify}, which audits it. */
    public void start() {
        if (running.compareAndSet(false, true)) {
            progress = new Progress(true, 0, events.chainLength(), clock.instant(), progress.result());
            context.getBusinessObject(ChainVerification.class).run();
        }
    }

    /**
     * Checks the hash chain from its start, recomputing every hash in Java: every sealed event's hash must match
     * its content and the hash before it, with no place in the chain missing, and no event left outside the chain
     * for longer than the sealer takes.
     */
    @Asynchronous
    public void run() {
        try {
            ChainWalk walk = new ChainWalk(contentKey.value());
            events.walkChain(link -> {
                walk.accept(link);
                if (walk.links() % PROGRESS_EVERY == 0) {
                    Progress now = progress;
                    progress = new Progress(true, walk.links(), now.total(), now.startedAt(), now.result());
                }
            });
            long sealed = walk.links();
            String lastHash = walk.lastHash().orElse(null);
            ChainCheck check = walk.firstBreak()
                    .map(b -> new ChainCheck(sealed, b.chainSeq(), b.eventId(), b.problem(), lastHash))
                    .orElseGet(() -> new ChainCheck(sealed, null, null,
                            events.unsealedBefore(clock.instant().minus(AuditSealer.LONGEST_WAIT)) == 0 ? null
                                    : "UNSEALED", lastHash));
            trail.bySystem(List.of(AuditEntry.of(AuditAction.VERIFY_AUDIT, AuditService.RECORD, null, null)
                    .withDetail(check.intact() ? "intact, " + sealed + " events, last hash " + lastHash
                            : check.problem() + " at " + check.brokenAt())));
            progress = new Progress(false, sealed, progress.total(), progress.startedAt(), check);
        } finally {
            running.set(false);
            if (progress.running()) {
                // the walk failed (the database went away): the last result stands, and a new check can start
                progress = new Progress(false, progress.checked(), progress.total(), progress.startedAt(),
                        progress.result());
            }
        }
    }
}
