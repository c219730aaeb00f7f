package dk.brobygger.domain.report;

import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.student.SchoolSite;
import java.time.LocalDate;

/** A current individual mentee, as the mentoring report counts them: their site, cadence and last session. */
public record MenteeCadence(SchoolSite site, Cadence cadence, LocalDate since, LocalDate lastSession) {

    public boolean overdue(LocalDate day) {
        return cadence.overdue(since, lastSession, day);
    }
}
