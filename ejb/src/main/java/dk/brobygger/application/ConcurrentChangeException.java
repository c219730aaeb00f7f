package dk.brobygger.application;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record after this person opened it: nothing was saved. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException() {
        super("The record was changed by someone else in the meantime");
    }
}
