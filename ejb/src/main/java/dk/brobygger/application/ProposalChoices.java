package dk.brobygger.application;

import dk.brobygger.domain.need.NeedCategory;
import java.util.List;

/**
 * What the contact person chooses from when proposing an offer to a student: the active offers that answer the
 * categories of the student's active needs first, then the rest of the active catalogue (neither holds an offer
 * the student already has under way), and the needs to link it to.
 */
public record ProposalChoices(String studentName, List<CatalogueLine> suggested, List<CatalogueLine> others,
                              List<NeedChoice> needs) {

    /** A need to link an offer to. */
    public record NeedChoice(long id, NeedCategory category, String description) {
    }
}
