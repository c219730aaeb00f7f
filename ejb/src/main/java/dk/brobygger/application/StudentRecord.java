package dk.brobygger.application;

import dk.brobygger.domain.casework.StudentCase;
import java.util.List;

/**
 * A student's record page as one reader may see it, read in one operation: the details, and each further part
 * only when the reader may see it (null otherwise). What each part holds was decided by its own service.
 *
 * @param openCase  the open case with its journal, for the student's current contact person
 * @param needs     the needs as far as the reader may see them
 * @param consents  the student's consents, with the needs seen whole (the student and their contact person)
 * @param offers    the support offers the reader may see
 * @param mentoring the mentoring the reader may see
 */
public record StudentRecord(StudentDetails details, StudentCase openCase, NeedsView needs, List<ConsentLine> consents,
                            List<OfferLine> offers, MentoringView mentoring) {
}
