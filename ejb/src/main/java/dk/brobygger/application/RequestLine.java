package dk.brobygger.application;

import dk.brobygger.domain.privacy.RequestKind;
import dk.brobygger.domain.privacy.RequestStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A data-subject request as the register lists it, with whether its deadline has passed while open. */
public record RequestLine(long id, long studentId, String studentName, String studentNumber, RequestKind kind,
                          LocalDate receivedOn, LocalDate deadline, RequestStatus status, boolean overdue,
                          String outcome, Instant handledAt) implements Serializable {

    public boolean open() {
        return status == RequestStatus.OPEN;
    }
}
