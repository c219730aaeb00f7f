package dk.brobygger.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A list's next and previous pages in the {@code Link} header (RFC 8288), as {@code first} and {@code size}. */
final class Paging {

    private Paging() {
    }

    static Response.ResponseBuilder links(Response.ResponseBuilder answer, UriInfo uri, int from, int rows,
                                          long total) {
        if (from + rows < total) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("first", from + rows)
                    .replaceQueryParam("size", rows).build(), "next");
        }
        if (from > 0) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("first", Math.max(0, from - rows))
                    .replaceQueryParam("size", rows).build(), "prev");
        }
        return answer;
    }
}
