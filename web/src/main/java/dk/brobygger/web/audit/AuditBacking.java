package dk.brobygger.web.audit;

import dk.brobygger.application.AuditService;
import dk.brobygger.application.ChainVerification;
import dk.brobygger.application.Checkpoint;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.audit.AuditEvents;
import dk.brobygger.domain.student.Page;
import dk.brobygger.web.layout.Downloads;
import dk.brobygger.web.layout.Messages;
import dk.brobygger.web.layout.PagedRows;
import dk.brobygger.web.reports.ReportFilterForm;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The audit trail for the data protection officer: searched and paged in the database, exported, verified. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService service;

    @EJB
    private ChainVerification verification;

    private final AuditFilter filter = new AuditFilter();
    @Size(max = CHECKPOINT_MAX)
    private String checkpointLine;
    private Checkpoint.Finding finding;

    /** Longer than any checkpoint line. */
    private static final int CHECKPOINT_MAX = 400;

    /** Whether more events match than are counted (AuditEvents.COUNT_LIMIT): the pages end there. */
    private boolean more;

    private final PagedRows<AuditEvent> events = new PagedRows<>((first, size) -> {
        Page<AuditEvent> page = service.events(filter.query(), first, size);
        more = page.total() > AuditEvents.COUNT_LIMIT;
        return more ? new Page<>(page.rows(), AuditEvents.COUNT_LIMIT) : page;
    }, AuditEvent::getId);

    /** The search result as a CSV file, downloaded. */
    public void export() {
        String[] csv = {null};
        if (!Messages.attempt("audit", () -> csv[0] = service.export(filter.query()))) {
            return;
        }
        // with a byte-order mark, so that Excel reads the file as UTF-8
        Downloads.send("audit-" + LocalDate.now() + ".csv", "text/csv; charset=UTF-8",
                ("\uFEFF" + csv[0]).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts the check of the chain in the background; the page shows how it goes. */
    public void verify() {
        service.verify();
    }

    /** A signed checkpoint of the chain's head, downloaded to keep outside the system. */
    public void checkpoint() {
        String[] line = {null};
        if (Messages.attempt("checkpoint", () -> line[0] = service.checkpoint())) {
            Downloads.send("brobygger-kontrolpunkt-" + LocalDate.now() + ".txt", "text/plain; charset=UTF-8",
                    (line[0] + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Checks a checkpoint kept outside the system against the chain as it is now. */
    public void checkCheckpoint() {
        Messages.attempt("checkpointCheck", () -> finding = service.check(checkpointLine));
    }

    public String getCheckpointLine() {
        return checkpointLine;
    }

    public void setCheckpointLine(String checkpointLine) {
        this.checkpointLine = checkpointLine;
    }

    public Checkpoint.Finding getFinding() {
        return finding;
    }

    public PagedRows<AuditEvent> getEvents() {
        return events;
    }

    public boolean isMore() {
        return more;
    }

    public int getCountLimit() {
        return AuditEvents.COUNT_LIMIT;
    }

    /** The filters an event's report was made with, as one line; empty for any other event. */
    public String reportFilters(AuditEvent event) {
        return event.getReport() == null ? "" : ReportFilterForm.describe(event.getReport());
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** Where the check of the chain stands now, and its last result. */
    public ChainVerification.Progress getVerification() {
        return verification.progress();
    }

    public AuditFilter getFilter() {
        return filter;
    }
}
