package dk.brobygger.api;

import dk.brobygger.application.StudentFile;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An error as an RFC 9457 problem document, in the caller's language (docs/api.md): the status, a title and what
 * went wrong, and for input the rules refused, the field each message is about. Never a stack trace.
 *
 * @param type   a URI naming the kind of problem (about:blank for the plain meaning of the status)
 * @param detail what went wrong with this request, in words
 * @param errors for refused input: each field with what is wrong with it (absent otherwise)
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field of the input and what is wrong with it, in the caller's language. */
    public record FieldError(String field, String message) {

        /** A problem the students file's rules found, with its field's JSON property (none for the whole line). */
        static FieldError of(StudentFile.Problem problem, Locale language) {
            return new FieldError(problem.column() == null ? null : problem.column().property(),
                    ApiLanguage.text(language, problem.messageKey(), problem.arguments().toArray()));
        }
    }

    static Problem of(int status, Locale language, String detailKey, Object... arguments) {
        return new Problem("about:blank", ApiLanguage.title(language, status), status,
                ApiLanguage.text(language, detailKey, arguments), null);
    }

    Problem with(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors);
    }

    Response response() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
