package dk.brobygger.application;

import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.offer.Helped;
import dk.brobygger.domain.offer.OfferStatus;
import dk.brobygger.domain.offer.StudentOffer;
import dk.brobygger.domain.offer.SupportOffer;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An offer for a student as the reader may see it. For a supervisor or mentor (who see it through a consent) the
 * responsible person, the outcome and whether it helped are left out.
 *
 * @param since when it got its present status
 * @param needs the categories of the needs it is linked to (for a recipient: those shared with them)
 */
public record OfferLine(long id, long version, String code, String nameDa, String nameEn, String descriptionDa,
                        String descriptionEn, OfferStatus status, Instant since, List<NeedCategory> needs,
                        String responsible, String outcome, Helped helped) implements Serializable {

    static OfferLine whole(StudentOffer o) {
        return of(o, o.getNeeds().stream().map(Need::getCategory).sorted().distinct().toList(), true);
    }

    static OfferLine shared(StudentOffer o, List<NeedCategory> sharedNeeds) {
        return of(o, sharedNeeds, false);
    }

    private static OfferLine of(StudentOffer o, List<NeedCategory> needs, boolean whole) {
        SupportOffer offer = o.getOffer();
        return new OfferLine(o.getId(), o.getVersion(), offer.getCode(), offer.name("da"), offer.name("en"),
                offer.descriptionIn("da"), offer.descriptionIn("en"), o.getStatus(),
                o.getEvents().get(o.getEvents().size() - 1).getAt(), needs, whole ? o.getResponsible() : null,
                whole ? o.getOutcome() : null, whole ? o.getHelped() : null);
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameDa;
    }

    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionDa;
    }
}
