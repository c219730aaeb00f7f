package dk.brobygger.domain.placement;

public enum PlacementType {
    NURSING_HOME, HOME_CARE, PSYCHIATRY, HOSPITAL, DAY_CARE, REHABILITATION
}
