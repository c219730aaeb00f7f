package dk.brobygger.domain.offer;

import dk.brobygger.domain.need.NeedCategory;
import java.util.Objects;
import java.util.Set;

/**
 * What the catalogue says about an offer. The checks here are the rules of the record; the service turns them
 * into messages at the form's fields before it gets this far.
 *
 * @param capacity       how many students it has room for at a time (agreed or active), or null for no limit
 * @param transitionRule when it gives the contact person a task around a placement period, or null
 */
public record OfferDescription(String code, String nameDa, String nameEn, String descriptionDa,
                               String descriptionEn, int recommendation, OfferLevel level, OfferFormat format,
                               OfferTiming timing, String provider, Integer capacity, Set<NeedCategory> targets,
                               TransitionRule transitionRule) {

    public OfferDescription {
        if (code == null || !code.matches(SupportOffer.CODE_PATTERN)) {
            throw new IllegalArgumentException("An offer's code is 2-30 capital letters, digits and hyphens");
        }
        if (recommendation < 1 || recommendation > 8) {
            throw new IllegalArgumentException("The analysis has recommendations 1 to 8");
        }
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("A capacity is at least 1");
        }
        Objects.requireNonNull(level);
        Objects.requireNonNull(format);
        Objects.requireNonNull(timing);
        nameDa = required(nameDa);
        nameEn = required(nameEn);
        descriptionDa = required(descriptionDa);
        descriptionEn = required(descriptionEn);
        provider = required(provider);
        targets = Set.copyOf(targets);
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Names, descriptions and the provider are required");
        }
        return text.strip();
    }
}
