package dk.brobygger.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.access.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaTest {

    @Test
    void eachPersonsRoleLandsOnItsOwnStartPage() {
        // the school's system's role has no pages: it calls the API only
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.INTEGRATION_IMPORT))) {
            Optional<Area> start = Area.startFor(Set.of(role));
            assertTrue(start.isPresent(), role + " has a start page");
            assertEquals(role, start.get().role());
        }
    }

    @Test
    void aPeerMentorLandsAsMentorAndSeesBothAreas() {
        Set<Role> peerMentor = Set.of(Role.STUDENT, Role.MENTOR);

        assertEquals(Optional.of(Area.MENTOR), Area.startFor(peerMentor));
        assertEquals(List.of(Area.MENTOR, Area.STUDENT), Area.forRoles(peerMentor));
    }

    @Test
    void withoutRolesThereIsNoStartPage() {
        assertTrue(Area.startFor(Set.of()).isEmpty());
    }

    @Test
    void everyAreaHasItsOwnFolder() {
        assertEquals(Area.values().length,
                Set.of(Area.values()).stream().map(Area::startPage).distinct().count());
    }
}
