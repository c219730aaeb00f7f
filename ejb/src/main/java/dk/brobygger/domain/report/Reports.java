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

    /**
     * Per site (key: the site): the students in a placement now or within 30 days who have active needs, how many
     * of them share something with that placement by a consent in force on {@code day}, the consents that end in
     * the next 14 days, and the proposals not yet answered.
     */
    List<CountRow> consentCoverage(ReportFilter filter, LocalDate day);

    /**
     * Per site (key: the site), over the placement periods of the students that have begun by {@code day}
     * (docs/training-plan.md): the periods, those with an agreed plan, those whose midterm conversation was
     * completed by its agreed date, the periods ended, those of them with a statement that approves, one that does
     * not and none, and the periods with absence recorded.
     */
    List<CountRow> trainingPlans(ReportFilter filter, LocalDate day);

    /**
     * Per site (key: the site), over the mentor assignments in force at some time from {@code first} to
     * {@code last}: the mentees of a peer mentor and their sessions with that mentor in those days, then the same
     * for individual mentors.
     */
    List<CountRow> mentoringSessions(ReportFilter filter, LocalDate first, LocalDate last);

    /** The individual mentees on {@code day}, with their cadence and their last session with their mentor. */
    List<MenteeCadence> individualMentees(ReportFilter filter, LocalDate day);

    /**
     * Per site (key: the site), the follow-ups mentors raised from {@code first} to {@code last}: handled, open,
     * all.
     */
    List<CountRow> followUps(ReportFilter filter, LocalDate first, LocalDate last);

    /** The years in which students started, earliest first. */
    List<Integer> startYears();

    /** The teams students are in, by name. */
    List<String> teams();
}
