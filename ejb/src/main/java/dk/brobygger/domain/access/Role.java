package dk.brobygger.domain.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of the Keycloak realm. Roles come only from Keycloak; the application never stores them.
 * The string constants exist for annotations such as {@code @RolesAllowed}, which need compile-time values.
 */
public enum Role {
    CONTACT_PERSON(Role.CONTACT_PERSON_NAME),
    TRAINING_SUPERVISOR(Role.TRAINING_SUPERVISOR_NAME),
    MENTOR(Role.MENTOR_NAME),
    STUDENT(Role.STUDENT_NAME),
    EDUCATION_LEADER(Role.EDUCATION_LEADER_NAME),
    DATA_PROTECTION_OFFICER(Role.DATA_PROTECTION_OFFICER_NAME),
    /** Not a person's: the school's administrative system, through the API only (docs/api.md). */
    INTEGRATION_IMPORT(Role.INTEGRATION_IMPORT_NAME);

    public static final String CONTACT_PERSON_NAME = "contact-person";
    public static final String TRAINING_SUPERVISOR_NAME = "training-supervisor";
    public static final String MENTOR_NAME = "mentor";
    public static final String STUDENT_NAME = "student";
    public static final String EDUCATION_LEADER_NAME = "education-leader";
    public static final String DATA_PROTECTION_OFFICER_NAME = "data-protection-officer";
    public static final String INTEGRATION_IMPORT_NAME = "integration-import";

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    /** The role's name in the Keycloak realm and in Jakarta Security. */
    public String realmName() {
        return realmName;
    }

    public static Optional<Role> fromRealmName(String name) {
        return Arrays.stream(values()).filter(r -> r.realmName.equals(name)).findFirst();
    }
}
