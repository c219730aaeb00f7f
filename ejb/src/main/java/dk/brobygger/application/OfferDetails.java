package dk.brobygger.application;

import dk.brobygger.domain.offer.OfferStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One offer for the student or their contact person: what it is, its history, and the changes the reader may make
 * now.
 */
public record OfferDetails(long studentId, String studentName, OfferLine offer, List<Event> history,
                           Set<OfferStatus> next, boolean contactPerson) implements Serializable {

    /** Whether the reader may move the offer to this status now (by the status's name, for the page). */
    public boolean may(String status) {
        return next.contains(OfferStatus.valueOf(status));
    }

    /** One change of status. */
    public record Event(OfferStatus status, Instant at, String by, String note) implements Serializable {
    }
}
