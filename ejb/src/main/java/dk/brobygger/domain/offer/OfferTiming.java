package dk.brobygger.domain.offer;

/** When in the programme an offer belongs, relative to a placement. */
public enum OfferTiming {
    BEFORE_PLACEMENT, DURING_PLACEMENT, AFTER_PLACEMENT, ANY_TIME
}
