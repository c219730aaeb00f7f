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

    private String username;
    private String name;
    private String email;

    private final PagedRows<UserProfile> people = new PagedRows<>((first, size) -> service.people(first, size), UserProfile::getId);

    public void register() {
        if (Messages.attempt("person", () -> service.register(username, name, email))) {
            Messages.done("person.registered", "/leader/people.xhtml");
        }
    }

    public PagedRows<UserProfile> getPeople() {
        return people;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
