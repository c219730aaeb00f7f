package dk.brobygger.web.layout;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers for a page that cannot be shown as asked. */
public final class Pages {

    private Pages() {
    }

    /** The 404 page, now: the address names nothing this page can show (a missing or malformed parameter). */
    public static void notFound(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(404, "No such page");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
