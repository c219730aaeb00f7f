package dk.brobygger.domain.consent;

import dk.brobygger.domain.Digests;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.need.NeedRevision;
import dk.brobygger.domain.placement.PlacementPeriod;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The text a student consents to, in Danish or English, versioned. The exact text shown is hashed and the hash
 * stored with the consent; rendering the same consent with the same version and language gives the same text
 * again, so a receipt can show that it is the text that was agreed to. A published version's wording is never
 * changed: new wording is a new version (in {@code dk/brobygger/domain/labels*.properties}).
 */
public final class ConsentText {

    public static final String CURRENT_VERSION = "1";
    public static final List<String> LANGUAGES = List.of("da", "en");
    private static final String BUNDLE = "dk.brobygger.domain.labels";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** The text as shown, with what identifies it. */
    public record Rendered(String version, String language, String text, String hash) {
    }

    private ConsentText() {
    }

    /** Who receives: "the training supervisors of ... in period ..." or "my mentor ...", in the language. */
    public static String recipient(PlacementPeriod period, Assignment assignment, String language) {
        ResourceBundle labels = labels(language);
        return period != null
                ? labels.getString("consentRecipient.period")
                        .replace("{placement}", period.getPlacement().getName())
                        .replace("{code}", period.getPeriodCode())
                        .replace("{start}", DATE.format(period.getStartDate()))
                        .replace("{end}", DATE.format(period.getEndDate()))
                : labels.getString("consentRecipient.mentor")
                        .replace("{mentor}", assignment.getPerson().getDisplayName());
    }

    public static Rendered render(Consent consent, String version, String language) {
        ResourceBundle labels = labels(language);
        String needs = consent.getNeeds().stream().map(n -> "- " + need(n, consent.getLevel(), labels))
                .collect(Collectors.joining("\n"));
        String text = labels.getString("consentText." + version)
                .replace("{version}", version)
                .replace("{student}", consent.getStudent().getFullName())
                .replace("{recipient}", recipient(consent.getPeriod(), consent.getAssignment(), language))
                .replace("{needs}", needs)
                .replace("{level}", labels.getString("consentLevel." + consent.getLevel()))
                .replace("{purpose}", consent.getPurpose())
                .replace("{until}", DATE.format(consent.getValidUntil()))
                .replace("{ends}", DATE.format(consent.endsOn()));
        return new Rendered(version, language, text, Digests.sha256(text));
    }

    private static String need(NeedRevision need, ConsentLevel level, ResourceBundle labels) {
        String category = labels.getString("needCategory." + need.getCategory());
        String helps = need.getAccommodations() == null ? labels.getString("consentText.noAccommodations")
                : need.getAccommodations();
        return level == ConsentLevel.FULL
                ? category + ": " + need.getDescription() + " " + labels.getString("consentText.helps") + " " + helps
                : category + ". " + labels.getString("consentText.helps") + " " + helps;
    }

    private static ResourceBundle labels(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("No consent text in " + language);
        }
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), ConsentText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
