package dk.brobygger.web.leader;

import dk.brobygger.application.PeopleService;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.web.layout.Messages;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The people the school works with, registered by the education leader before they first sign in. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeopleService service;

    private final PersonForm form = new PersonForm();

    private final PagedRows<UserProfile> people = new PagedRows<>((first, size) -> service.people(first, size), UserProfile::getId);

    public void register() {
        if (Messages.attempt("person", () -> service.register(form.getUsername(), form.getName(), form.getEmail()))) {
            Messages.done("person.registered", "/leader/people.xhtml");
        }
    }

    public PagedRows<UserProfile> getPeople() {
        return people;
    }

    public PersonForm getForm() {
        return form;
    }
}
