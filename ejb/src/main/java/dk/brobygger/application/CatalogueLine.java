package dk.brobygger.application;

import dk.brobygger.domain.offer.SupportOffer;

/**
 * An offer in the catalogue with how many students hold a place in it now (agreed or active).
 *
 * @param offer the catalogue's record, detached: read it, do not change it
 */
public record CatalogueLine(SupportOffer offer, long taken) {

    /** Whether the offer has room for one more student. */
    public boolean hasRoom() {
        return offer.getCapacity() == null || taken < offer.getCapacity();
    }
}
