package dk.brobygger.application;

/** An operation tried to run without declaring to the gate what it does: a programming error, never allowed. */
public class UndeclaredOperationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UndeclaredOperationException(String message) {
        super(message);
    }
}
