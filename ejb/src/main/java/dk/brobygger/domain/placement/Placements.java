package dk.brobygger.domain.placement;

import java.util.List;
import java.util.Optional;

/** The stored placements. */
public interface Placements {

    Optional<Placement> byId(long id);

    /** The placements with this name, whatever its case (at most one, unless the data says otherwise). */
    List<Placement> named(String name);

    /** All placements, by name. */
    List<Placement> byName();

    void add(Placement placement);
}
