package dk.brobygger.domain.offer;

/** How an offer is given. */
public enum OfferFormat {
    INDIVIDUAL, GROUP, COMBINED
}
