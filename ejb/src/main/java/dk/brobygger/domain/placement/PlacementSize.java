package dk.brobygger.domain.placement;

/** The analysis recommends a smaller placement for some students with psychological or social challenges. */
public enum PlacementSize {
    SMALL, MEDIUM, LARGE
}
