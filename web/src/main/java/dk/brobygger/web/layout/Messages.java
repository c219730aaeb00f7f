package dk.brobygger.web.layout;

import dk.brobygger.application.ConcurrentChangeException;
import dk.brobygger.application.InvalidInputException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ResourceBundle;

/** Messages to the person, from the resource bundle in their language, and the one way a form action runs. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        // a day as people write it (4.1.2027), not as ISO
        return MessageFormat.format(bundle.getString(key), Arrays.stream(arguments)
                .map(a -> a instanceof LocalDate day ? Formats.DAY.format(day) : a).toArray());
    }

    /** A confirmation, kept over the redirect that usually follows. */
    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** After a successful action: the confirmation, and the page anew by redirect (a reload repeats nothing). */
    public static void done(String confirmationKey, String path, Object... arguments) {
        info(confirmationKey, arguments);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /**
     * Runs a service call from a form: refusals of input become messages at the field (the form's id plus the
     * field's), a concurrent change becomes the conflict message, a broken domain rule a plain error. Returns
     * whether it succeeded, so the caller can navigate on.
     */
    public static boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            error(e.field() == null ? null : formId + ":" + e.field(), e.messageKey(), e.arguments());
        } catch (ConcurrentChangeException e) {
            error(null, "form.conflict");
        } catch (EJBException e) {
            if (!(e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof IllegalStateException)) {
                throw e;
            }
            error(null, "form.rejected", e.getCause().getMessage());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
