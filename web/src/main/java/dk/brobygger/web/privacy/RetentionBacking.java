package dk.brobygger.web.privacy;

import dk.brobygger.application.ErasureService;
import dk.brobygger.application.RetentionJob;
import dk.brobygger.application.RetentionSchedule;
import dk.brobygger.domain.privacy.ErasureCategory;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The retention schedule on the data protection officer's start page: how long each category is kept, and run now. */
@Named
@RequestScoped
public class RetentionBacking {

    @EJB
    private ErasureService erasure;

    @Inject
    private RetentionSchedule schedule;

    public void run() {
        RetentionJob.Run[] done = new RetentionJob.Run[1];
        if (Messages.attempt("retention", () -> done[0] = erasure.runSchedule())) {
            Messages.done("retention.ran", "/dpo/index.xhtml", done[0].students().get(ErasureCategory.NEEDS),
                    done[0].students().get(ErasureCategory.CASE), done[0].students().get(ErasureCategory.RECORD),
                    done[0].auditEvents());
        }
    }

    public int months(ErasureCategory category) {
        return schedule.months(category);
    }

    public int getAuditMonths() {
        return schedule.auditMonths();
    }

    public ErasureCategory[] getCategories() {
        return ErasureCategory.values();
    }
}
