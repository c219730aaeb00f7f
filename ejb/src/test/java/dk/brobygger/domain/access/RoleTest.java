package dk.brobygger.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void realmNamesMatchTheKeycloakRealm() {
        assertEquals(Optional.of(Role.TRAINING_SUPERVISOR), Role.fromRealmName("training-supervisor"));
        assertEquals(Optional.of(Role.DATA_PROTECTION_OFFICER), Role.fromRealmName("data-protection-officer"));
    }

    @Test
    void keycloakDefaultRolesAreNotApplicationRoles() {
        assertTrue(Role.fromRealmName("default-roles-brobygger").isEmpty());
        assertTrue(Role.fromRealmName("offline_access").isEmpty());
    }
}
