package dk.brobygger.api;

import dk.brobygger.application.InvalidInputException;

/** What a request's JSON body must have: the body itself, and its required fields, each named when missing. */
final class Body {

    private Body() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new ProblemException(400, "api.body.required");
        }
        return body;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "api.field.required");
        }
        return value;
    }
}
