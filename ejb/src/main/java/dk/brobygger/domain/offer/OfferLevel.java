package dk.brobygger.domain.offer;

/** Whom an offer is for, as the analysis grades its recommendations: everyone, selected students, special needs. */
public enum OfferLevel {
    GENERAL, COMMON, SPECIAL_NEEDS
}
