package dk.brobygger.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error as an RFC 9457 problem document: its type, a title, the status and what went wrong, never a stack trace.
 *
 * @param type   a URI naming the kind of problem (about:blank for the plain meaning of the status)
 * @param detail what went wrong with this request, in words
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Response response(Response.Status status, String detail) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail)).build();
    }
}
