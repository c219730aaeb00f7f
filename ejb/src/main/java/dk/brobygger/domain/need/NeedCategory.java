package dk.brobygger.domain.need;

/** The target groups of the analysis (Rambøll, 2023), as categories of special needs. */
public enum NeedCategory {
    LANGUAGE, PSYCHOLOGICAL, SOCIAL, ACADEMIC, UNSKILLED_SOSU, UNSKILLED_OTHER, ACADEMIC_BALLAST, ACADEMICALLY_STRONG
}
