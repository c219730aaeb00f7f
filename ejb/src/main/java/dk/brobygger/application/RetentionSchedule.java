package dk.brobygger.application;

import dk.brobygger.domain.privacy.ErasureCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long each category of a student's data is kept after the student left, and the audit trail's own period
 * (docs/data-protection.md). These are defaults for the school to set, in months, from the environment (README).
 */
@ApplicationScoped
public class RetentionSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "brobygger.retention.needs-months", defaultValue = "12")
    int needsMonths;

    @Inject
    @ConfigProperty(name = "brobygger.retention.case-months", defaultValue = "60")
    int caseMonths;

    @Inject
    @ConfigProperty(name = "brobygger.retention.record-months", defaultValue = "60")
    int recordMonths;

    @Inject
    @ConfigProperty(name = "brobygger.retention.audit-months", defaultValue = "60")
    int auditMonths;

    /** How many months after the student left the category is erased. */
    public int months(ErasureCategory category) {
        return switch (category) {
            case NEEDS -> needsMonths;
            case CASE -> caseMonths;
            case RECORD -> recordMonths;
        };
    }

    public int auditMonths() {
        return auditMonths;
    }
}
