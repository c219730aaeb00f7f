package dk.brobygger.domain.privacy;

import dk.brobygger.domain.student.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The register of data-subject requests, and the copies produced. */
public interface DataRequests {

    Optional<DataRequest> byId(long id);

    /** The register, one page: open requests first by deadline, then the handled ones, newest first. */
    Page<DataRequest> page(int first, int size);

    /** The open requests whose deadline is on or before {@code day}, earliest first. */
    List<DataRequest> openDueBy(LocalDate day);

    /** The student's requests, newest first. */
    List<DataRequest> of(long studentId);

    /** The copies produced of the student's data, newest first. */
    List<DataCopy> copiesOf(long studentId);

    /** The copies produced for a request. */
    List<DataCopy> copiesFor(DataRequest request);

    void add(DataRequest request);

    void add(DataCopy copy);
}
