package dk.brobygger.application;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.access.StudentView;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's record as one reader may see it, and nothing more: the service leaves out what the view does not
 * allow before anything reaches a page.
 *
 * @param mayViewNeeds whether to ask for the student's needs at all (what is shown is decided then, by consent)
 * @param team        null for the {@link StudentView#PLACEMENT} view
 * @param student     the whole record, only with the {@link StudentView#FULL} view (else null)
 * @param assignments every contact-person and mentor assignment with its history, only with the full view
 * @param contacts    the student's current contact persons, for every view
 * @param periods     all periods with the full view, current and coming ones for a supervisor, none for a mentor
 * @param account     the account the student signs in with, only with the full view and once it is linked
 * @param exam        whether the last period's statement lets the student sit the final exam, only with the full
 *                    view and once the student has a period
 */
public record StudentDetails(long id, StudentView view, String name, Programme programme, String team, Student student,
                             List<Assignment> assignments, List<Contact> contacts, List<PeriodLine> periods,
                             boolean mayEdit, boolean mayAssign, boolean mayWorkOnCase,
                             boolean mayViewNeeds, boolean mayRecordNeeds, boolean mayReadConsents,
                             boolean mayViewMentoring, boolean mayLogSession, Account account,
                             boolean mayLinkAccount, ExamStanding exam) {

    /** The account a student's record is linked to. */
    public record Account(String username, String name) {
    }


    /** A contact person as others may reach them. */
    public record Contact(String name, String email) {
    }

    /** A placement period as a line on the page, and whether the reader reaches its training plan. */
    public record PeriodLine(long id, String code, String placement, LocalDate start, LocalDate end, boolean plan) {
    }
}
