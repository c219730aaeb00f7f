package dk.brobygger.web.students;

import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The education leader links a student's record to the account the student signs in with (docs/security.md). */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService students;

    private Long id;
    private long version;
    private transient StudentDetails details;
    @Size(max = UserProfile.USERNAME_MAX)
    private String username;

    /** The page's view action; a missing or malformed id never gets here (the page's 404). */
    public void load() {
        details = students.viewFor(id, AuditAction.LINK_ACCOUNT);
        version = details == null || details.student() == null ? 0 : details.student().getVersion();
    }

    public void link() {
        StudentPages.after(Messages.attempt("account", () -> students.linkAccount(id, version, username)),
                "account.done", id, this::load);
    }

    public void unlink() {
        StudentPages.after(Messages.attempt("account", () -> students.unlinkAccount(id, version)),
                "account.removed", id, this::load);
    }

    public StudentDetails getDetails() {
        return details;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
