package dk.brobygger.domain.need;

public enum NeedStatus {
    ACTIVE, RESOLVED
}
