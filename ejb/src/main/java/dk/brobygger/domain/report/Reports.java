package dk.brobygger.domain.report;

import java.time.LocalDate;
import java.util.List;

/** The counts behind the reports, made in the database, each over the students a filter names. */
public interface Reports {

    /**
     * The cohorts by programme and start year, each student counted by their status three months after their start
     * date; only students whose three months had passed by {@code day}.
     */
    List<Cohort> dropout(ReportFilter filter, LocalDate day);

    /**
     * Per catalogue offer (key: its code): the students' offers proposed, agreed, active, completed, declined and
     * cancelled now, all of them, and of the completed how many helped, partly helped and did not.
     */
    List<CountRow> offerUptake(ReportFilter filter);

    /**
     * Per catalogue offer aimed at need categories: the students who completed it, how many of them have dropped
     * out now, the students with a need of those categories who did not complete it, and how many of them have.
     */
    List<CountRow> offerComparison(ReportFilter filter);

    /** Per transition offer: its tasks done by their day, done later, overdue on {@code day}, not due yet, all. */
    List<CountRow> transitionTasks(ReportFilter filter, LocalDate day);

    /** The years in which students started, earliest first. */
    List<Integer> startYears();

    /** The teams students are in, by name. */
    List<String> teams();
}
