package dk.brobygger.domain.student;

/** The school's sites. */
public enum SchoolSite {
    SKELBAEKGADE("Skelbækgade"), BROENDBY("Brøndby"), HERLEV("Herlev"), NORD("Nord");

    private final String displayName;

    SchoolSite(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
