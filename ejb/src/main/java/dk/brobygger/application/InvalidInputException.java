package dk.brobygger.application;

import jakarta.ejb.ApplicationException;

/** Input the rules refuse, with the field it concerns and the message key that explains it. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** What the message needs filled in, such as the period that overlaps. */
    public Object[] arguments() {
        return arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
