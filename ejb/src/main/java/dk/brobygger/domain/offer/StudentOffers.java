package dk.brobygger.domain.offer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored offers made to students. */
public interface StudentOffers {

    Optional<StudentOffer> byId(long id);

    /** The student's offers with their catalogue offer, newest first. */
    List<StudentOffer> of(long studentId);

    /** The ids of the catalogue offers the student has an open offer of (proposed, agreed or active). */
    List<Long> offerIdsUnderWay(long studentId);

    /** Whether the student has an open offer of this catalogue offer. */
    boolean underWay(long studentId, long offerId);

    /** How many students hold a place (agreed or active) in each of these catalogue offers. */
    Map<Long, Long> placesTaken(Collection<Long> offerIds);

    void add(StudentOffer offer);
}
