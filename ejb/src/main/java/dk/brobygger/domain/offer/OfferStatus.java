package dk.brobygger.domain.offer;

import java.util.Set;

/**
 * The life of an offer for a student: PROPOSED, then AGREED (or DECLINED), ACTIVE, COMPLETED; it can be CANCELLED
 * until it is completed. DECLINED, COMPLETED and CANCELLED are final.
 */
public enum OfferStatus {
    PROPOSED, AGREED, ACTIVE, COMPLETED, DECLINED, CANCELLED;

    /** The statuses this one may change to. */
    public Set<OfferStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(AGREED, DECLINED, CANCELLED);
            case AGREED -> Set.of(ACTIVE, CANCELLED);
            case ACTIVE -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED, DECLINED, CANCELLED -> Set.of();
        };
    }

    public boolean canBecome(OfferStatus status) {
        return next().contains(status);
    }

    /** Whether the offer is still under way, so the same offer is not proposed to the student twice. */
    public boolean open() {
        return this == PROPOSED || this == AGREED || this == ACTIVE;
    }
}
