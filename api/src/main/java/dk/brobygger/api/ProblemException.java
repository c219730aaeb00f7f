package dk.brobygger.api;

import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request the API itself refuses, with the status and the message key that explains it to the caller. */
class ProblemException extends WebApplicationException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient Map<String, Object> headers = new LinkedHashMap<>();

    ProblemException(int status, String messageKey, Object... arguments) {
        super(messageKey, status);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A header the answer carries, such as how long to wait. */
    ProblemException header(String name, Object value) {
        headers.put(name, value);
        return this;
    }

    Map<String, Object> headers() {
        return Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
