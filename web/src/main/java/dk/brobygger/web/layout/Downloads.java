package dk.brobygger.web.layout;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A file for the person to save, sent instead of the page. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(String fileName, String contentType, byte[] body) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        // the reset took the page's headers: a file of personal data is not kept by the browser or a proxy either
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        ResponseHeadersFilter.set(response);
        response.setHeader("Cache-Control", "no-store");
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try {
            external.getResponseOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
