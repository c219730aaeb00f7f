package dk.brobygger.domain.report;

import dk.brobygger.domain.report.SmallCells.Sum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import dk.brobygger.domain.student.SchoolSite;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The mentoring report's three tables (docs/reports.md), by site and suppressed: mentees and their sessions in the
 * last {@code months} months by peer or individual mentor, the individual mentees overdue now, and the follow-ups
 * mentors raised and how many were handled.
 */
public record MentoringTables(List<ShownRow> sessions, List<ShownRow> overdue, List<ShownRow> followUps,
                              int months) {

    /** Sessions: peer mentees, their sessions, individual mentees, their sessions. */
    private static final int[] SESSION_SHARES = {CountTable.NO_SHARE, CountTable.NO_SHARE, CountTable.NO_SHARE,
        CountTable.NO_SHARE};
    /** Overdue: individual mentees now, of them overdue. */
    private static final int[] OVERDUE_SHARES = {CountTable.NO_SHARE, 0};
    /** Follow-ups: handled, open, all. */
    private static final List<Sum> FOLLOW_UP_SUMS = List.of(new Sum(2, 0, 1));
    private static final int[] FOLLOW_UP_SHARES = {2, 2, CountTable.NO_SHARE};

    public MentoringTables {
        sessions = List.copyOf(sessions);
        overdue = List.copyOf(overdue);
        followUps = List.copyOf(followUps);
    }

    /** The tables from the database's counts; the overdue mentees counted here, by their cadence, per site. */
    public static MentoringTables of(List<CountRow> sessions, List<MenteeCadence> mentees, List<CountRow> followUps,
                                     LocalDate day, int months) {
        Map<SchoolSite, long[]> bySite = new EnumMap<>(SchoolSite.class);
        for (MenteeCadence mentee : mentees) {
            long[] counts = bySite.computeIfAbsent(mentee.site(), s -> new long[2]);
            counts[0]++;
            if (mentee.overdue(day)) {
                counts[1]++;
            }
        }
        List<CountRow> overdue = new ArrayList<>();
        bySite.forEach((site, counts) -> overdue.add(new CountRow(site.name(), site.displayName(), site.displayName(),
                List.of(counts[0], counts[1]))));
        return new MentoringTables(CountTable.shown(sessions, List.of(), SESSION_SHARES, true),
                CountTable.shown(overdue, List.of(), OVERDUE_SHARES, true),
                CountTable.shown(followUps, FOLLOW_UP_SUMS, FOLLOW_UP_SHARES, true), months);
    }

    /** Sessions per mentee per month, with one decimal; null when either count is hidden or there are no mentees. */
    public BigDecimal perMenteePerMonth(Cell sessions, Cell mentees) {
        if (sessions.hidden() || mentees.hidden() || mentees.count() == 0) {
            return null;
        }
        return BigDecimal.valueOf(sessions.count()).divide(BigDecimal.valueOf(mentees.count() * months), 1,
                RoundingMode.HALF_UP);
    }
}
