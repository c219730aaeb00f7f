package dk.brobygger.domain.offer;

import dk.brobygger.domain.student.Page;
import java.util.List;
import java.util.Optional;

/** The catalogue of support offers. */
public interface SupportOffers {

    Optional<SupportOffer> byId(long id);

    /**
     * One page of the catalogue, by recommendation and code; {@code text} (null or blank: all) searches code and
     * names, {@code active} null means retired offers too.
     */
    Page<SupportOffer> page(String text, Boolean active, int first, int size);

    /** The active offers, by recommendation and code. */
    List<SupportOffer> active();

    /** The active offers with a transition rule, by code. */
    List<SupportOffer> activeTransitions();

    /** Whether an offer other than {@code exceptOfferId} (null: any offer) has this code. */
    boolean codeTaken(String code, Long exceptOfferId);

    void add(SupportOffer offer);
}
