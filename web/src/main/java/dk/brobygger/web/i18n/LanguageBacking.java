package dk.brobygger.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/** The current request's language, as decided by {@link LanguageFilter}, for the page template. */
@Named("language")
@RequestScoped
public class LanguageBacking {

    public Language getCurrent() {
        Object language = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(LanguageFilter.REQUEST_ATTRIBUTE);
        return language instanceof Language l ? l : Language.DEFAULT;
    }

    public Locale getLocale() {
        return getCurrent().locale();
    }

    public Language[] getAll() {
        return Language.values();
    }
}
