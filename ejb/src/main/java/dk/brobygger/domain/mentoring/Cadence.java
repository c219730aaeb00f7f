package dk.brobygger.domain.mentoring;

import java.time.LocalDate;

/** How often an individual mentor and mentee have agreed to meet. */
public enum Cadence {
    WEEKLY(7), FORTNIGHTLY(14), MONTHLY(31);

    private final int days;

    Cadence(int days) {
        this.days = days;
    }

    /**
     * Whether a mentee is overdue on {@code today}: no session within the cadence since the last one, or since the
     * mentoring began if there has been none.
     */
    public boolean overdue(LocalDate since, LocalDate lastSession, LocalDate today) {
        LocalDate from = lastSession == null || lastSession.isBefore(since) ? since : lastSession;
        return from.plusDays(days).isBefore(today);
    }
}
