package dk.brobygger.web.security;

import dk.brobygger.domain.access.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The parts of the application, one per role, in the order in which a person with several roles meets them:
 * the work a role does for others comes before the student's own case (a peer mentor starts as a mentor).
 * The URL folders are protected for their role in web.xml; this decides only where people land and what the
 * navigation shows.
 */
public enum Area {
    CONTACT(Role.CONTACT_PERSON, "/contact/"),
    SUPERVISOR(Role.TRAINING_SUPERVISOR, "/supervisor/"),
    MENTOR(Role.MENTOR, "/mentor/"),
    LEADER(Role.EDUCATION_LEADER, "/leader/"),
    DPO(Role.DATA_PROTECTION_OFFICER, "/dpo/"),
    STUDENT(Role.STUDENT, "/student/");

    /** For a signed-in person who has none of the application's roles. */
    public static final String NO_ACCESS_PAGE = "/no-access.xhtml";

    private final Role role;
    private final String startPage;

    Area(Role role, String startPage) {
        this.role = role;
        this.startPage = startPage;
    }

    public Role role() {
        return role;
    }

    public String startPage() {
        return startPage;
    }

    /** The message key of the area's name in the navigation. */
    public String nameKey() {
        return "area." + name().toLowerCase() + ".name";
    }

    /** The areas a person with these roles may use, in navigation order. */
    public static List<Area> forRoles(Collection<Role> roles) {
        return Arrays.stream(values()).filter(a -> roles.contains(a.role)).toList();
    }

    /** Where a person with these roles lands after signing in. */
    public static Optional<Area> startFor(Collection<Role> roles) {
        return forRoles(roles).stream().findFirst();
    }
}
