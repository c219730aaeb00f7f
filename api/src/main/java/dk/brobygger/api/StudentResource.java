package dk.brobygger.api;

import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** A student's record as the caller may see it, through the same service and gate as the student's page. */
@Path("students")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME, Role.STUDENT_NAME,
    Role.EDUCATION_LEADER_NAME})
public class StudentResource {

    @EJB
    private StudentService students;

    /** The student as the caller's relationship lets them see it now; 403 (audited) otherwise. */
    public record StudentJson(long id, String name, String programme, String team, String view,
                              List<Contact> contactPersons, List<Period> placementPeriods) {
    }

    public record Contact(String name, String email) {
    }

    public record Period(long id, String code, String placement, LocalDate start, LocalDate end) {
    }

    @GET
    @Path("{id}")
    public StudentJson student(@PathParam("id") long id) {
        StudentDetails d = students.view(id);
        return new StudentJson(d.id(), d.name(), d.programme().name(), d.team(), d.view().name(),
                d.contacts().stream().map(c -> new Contact(c.name(), c.email())).toList(),
                d.periods().stream().map(p -> new Period(p.id(), p.code(), p.placement(), p.start(), p.end()))
                        .toList());
    }
}
