package dk.brobygger.web.leader;

import dk.brobygger.application.PeopleService;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Page;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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

    private final LazyDataModel<UserProfile> people = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) service.people(0, 1).total();
        }

        @Override
        public List<UserProfile> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> f) {
            Page<UserProfile> page = service.people(first, size);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(UserProfile person) {
            return String.valueOf(person.getId());
        }
    };

    public void register() {
        if (Messages.attempt("person", () -> service.register(username, name, email))) {
            Messages.done("person.registered", "/leader/people.xhtml");
        }
    }

    public LazyDataModel<UserProfile> getPeople() {
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
