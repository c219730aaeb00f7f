package dk.brobygger.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface. Danish is the default; English is the second language. */
public enum Language {
    DA(Locale.forLanguageTag("da-DK"), "Dansk"),
    EN(Locale.forLanguageTag("en-GB"), "English");

    public static final Language DEFAULT = DA;

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The language's name in itself, as the language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The code used in the {@code lang} request parameter, the cookie and the page's {@code lang} attribute. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
