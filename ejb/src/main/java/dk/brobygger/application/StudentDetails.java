package dk.brobygger.application;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.student.Student;
import dk.brobygger.security.StudentView;
import java.util.List;

/**
 * A student's record as one reader may see it. With the {@link StudentView#FULL} view everything is there;
 * with the others only the student's name, programme (and team for a mentor), the periods and the current
 * contact persons; the page shows what the view allows and the service has already left out the rest.
 */
public record StudentDetails(StudentView view, Student student, List<Assignment> assignments,
                             List<PlacementPeriod> periods, boolean openCase, boolean mayEdit, boolean mayAssign,
                             boolean mayWorkOnCase) {
}
