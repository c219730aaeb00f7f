package dk.brobygger.web.leader;

import java.io.Serializable;

/** The fields of a person registered before they first sign in (leader/people.xhtml). */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String name;
    private String email;

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
