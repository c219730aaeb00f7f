package dk.brobygger.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.brobygger.domain.access.Role;
import dk.brobygger.web.security.Area;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String BUNDLE = "dk.brobygger.i18n.messages";

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale());
    }

    @Test
    void danishAndEnglishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(bundle(Language.DA).keySet()), new TreeSet<>(bundle(Language.EN).keySet()));
    }

    @Test
    void everyRoleAndAreaHasANameInEveryLanguage() {
        for (Language language : Language.values()) {
            ResourceBundle messages = bundle(language);
            for (Role role : Role.values()) {
                assertFalse(messages.getString("role." + role.realmName()).isBlank());
            }
            for (Area area : Area.values()) {
                assertFalse(messages.getString(area.nameKey()).isBlank());
            }
        }
    }

    @Test
    void everyMessageWithArgumentsShowsThemInEveryLanguage() {
        for (Language language : Language.values()) {
            ResourceBundle messages = bundle(language);
            for (String key : messages.keySet()) {
                String pattern = messages.getString(key);
                if (pattern.contains("{0")) {
                    String shown = MessageFormat.format(pattern, 7, 8, 9, 10);
                    assertFalse(shown.contains("{0"), key + " in " + language + ": " + shown);
                }
            }
        }
    }

    @Test
    void danishIsReadAsUtf8() {
        assertEquals("Oplæringsvejleder", bundle(Language.DA).getString("role.training-supervisor"));
    }

    @Test
    void languageCodesAreCaseInsensitiveAndUnknownOnesAreIgnored() {
        assertEquals(Language.EN, Language.fromCode("EN").orElseThrow());
        assertFalse(Language.fromCode("de").isPresent());
        assertFalse(Language.fromCode(null).isPresent());
        assertEquals(new Locale("da", "DK"), Language.DEFAULT.locale());
    }
}
