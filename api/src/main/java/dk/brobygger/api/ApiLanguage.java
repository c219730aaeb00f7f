package dk.brobygger.api;

import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of the API's words, as the caller's {@code Accept-Language} asks: English when it prefers English
 * to Danish, Danish otherwise. The texts are the pages' own (one bundle for both).
 */
final class ApiLanguage {

    static final Locale DANISH = Locale.forLanguageTag("da");
    private static final String BUNDLE = "dk.brobygger.i18n.messages";

    private ApiLanguage() {
    }

    /** The first of the caller's languages (best first) that the API speaks; Danish when none is. */
    static Locale of(List<Locale> acceptable) {
        return acceptable.stream().map(Locale::getLanguage).filter(l -> l.equals("da") || l.equals("en"))
                .findFirst().map(Locale::forLanguageTag).orElse(DANISH);
    }

    /** The title of a problem with the status: the API's words, or the status's reason phrase for a rare one. */
    static String title(Locale language, int status) {
        try {
            return text(language, "api.title." + status);
        } catch (MissingResourceException rare) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known == null ? String.valueOf(status) : known.getReasonPhrase();
        }
    }

    /** The text of a key, with its arguments filled in as the pages do it (MessageFormat only when there are any). */
    static String text(Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language, ApiLanguage.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
