package dk.brobygger.api;

import dk.brobygger.application.StudentFile;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request the API itself refuses, with the status and the message key that explains it to the caller. */
class ProblemException extends WebApplicationException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient Map<String, Object> headers = new LinkedHashMap<>();
    private final transient List<StudentFile.Problem> fieldProblems = new ArrayList<>();

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

    /** Input refused field by field, each problem named by the field's JSON property. */
    ProblemException fields(List<StudentFile.Problem> problems) {
        fieldProblems.addAll(problems);
        return this;
    }

    List<StudentFile.Problem> fieldProblems() {
        return List.copyOf(fieldProblems);
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
