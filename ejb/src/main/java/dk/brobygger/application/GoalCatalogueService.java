package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.plan.TrainingPlans;
import dk.brobygger.domain.student.Programme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The catalogue of training goals (docs/training-plan.md), kept by the education leader: each programme's newest
 * version as the plans take it, and a new version imported from a file. Goals are not personal data; the import
 * is audited as the change it is.
 */
@Stateless
@Gated
@RolesAllowed(Role.EDUCATION_LEADER_NAME)
public class GoalCatalogueService {

    static final String RECORD = "TrainingGoal";

    @Inject
    private Gate gate;

    @Inject
    private TrainingPlans plans;

    /** The programme's goals in the catalogue's newest version, by number. */
    public List<TrainingGoal> catalogue(Programme programme) {
        return gate.run(AuditEntry.of(AuditAction.LIST, RECORD, null, null), act -> {
            act.detail(programme.name());
            return plans.catalogue(programme);
        });
    }

    /**
     * Imports a file of one version of a programme's goals, whole or not at all: a file with a problem, or a version
     * the catalogue has, stores nothing and comes back with its problems.
     */
    public GoalFile.Content importGoals(byte[] file) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_GOALS, RECORD, null, null), act -> {
            GoalFile.Content content = GoalFile.read(file);
            if (content.valid() && plans.hasVersion(content.programme(), content.version())) {
                content = new GoalFile.Content(content.programme(), content.version(), List.of(),
                        List.of(new GoalFile.Problem(2, "goals.file.versionExists", List.of(content.version()))));
            }
            if (!content.valid()) {
                act.detail("nothing imported: " + content.problems().size() + " problems");
                return content;
            }
            plans.addGoals(content.goals());
            act.detail("imported " + content.programme() + " version " + content.version() + ": "
                    + content.goals().size() + " goals");
            return content;
        });
    }
}
