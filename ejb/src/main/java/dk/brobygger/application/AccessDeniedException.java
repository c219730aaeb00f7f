package dk.brobygger.application;

import jakarta.ejb.ApplicationException;

/** A refused request. It has been audited by the time it is thrown; the page shows 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
