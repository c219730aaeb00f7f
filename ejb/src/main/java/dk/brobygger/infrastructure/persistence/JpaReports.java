package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.report.Cohort;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.report.CountRow;
import dk.brobygger.domain.report.MenteeCadence;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.domain.report.Reports;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The reports' counts, each one aggregate query over the students a filter names (docs/reports.md). Every
 * query is written by {@link #query}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaReports implements Reports {

    /**
     * Each student's status on the day three months after their start: the last change in force that day, or the
     * status every student starts with. Only students whose day has come are counted.
     */
    private static final String DROPOUT = """
            SELECT s.programme, CAST(extract(YEAR FROM s.start_date) AS INT) AS start_year, count(*) AS students,
                   count(*) FILTER (WHERE h.status = 'DROPPED_WITH_REENROLMENT') AS with_reenrolment,
                   count(*) FILTER (WHERE h.status = 'DROPPED_WITHOUT_REENROLMENT') AS without_reenrolment
            FROM student s
            LEFT JOIN LATERAL (SELECT c.status FROM student_status_change c
                               WHERE c.student_id = s.id
                                 AND c.effective_date <= CAST(s.start_date + INTERVAL '3 months' AS DATE)
                               ORDER BY c.effective_date DESC, c.changed_at DESC, c.id DESC LIMIT 1) h ON TRUE
            WHERE %1$s AND CAST(s.start_date + INTERVAL '3 months' AS DATE) <= %2$s
            GROUP BY 1, 2 ORDER BY 1, 2
            """;

    /** Each catalogue offer's offers for the students: by status now, all, and how the completed ones helped. */
    private static final String UPTAKE = """
            SELECT o.code, o.name_da, o.name_en,
                   count(*) FILTER (WHERE so.status = 'PROPOSED'), count(*) FILTER (WHERE so.status = 'AGREED'),
                   count(*) FILTER (WHERE so.status = 'ACTIVE'), count(*) FILTER (WHERE so.status = 'COMPLETED'),
                   count(*) FILTER (WHERE so.status = 'DECLINED'), count(*) FILTER (WHERE so.status = 'CANCELLED'),
                   count(*),
                   count(*) FILTER (WHERE so.helped = 'YES'), count(*) FILTER (WHERE so.helped = 'PARTLY'),
                   count(*) FILTER (WHERE so.helped = 'NO')
            FROM student_offer so JOIN support_offer o ON o.id = so.offer_id JOIN student s ON s.id = so.student_id
            WHERE %1$s
            GROUP BY o.code, o.name_da, o.name_en ORDER BY o.code
            """;

    /**
     * For each offer aimed at need categories: the students who completed it and how many of them have dropped
     * out now, beside the students with a need of one of those categories who did not complete it.
     */
    private static final String COMPARISON = """
            WITH f AS (SELECT s.id, s.status IN ('DROPPED_WITH_REENROLMENT', 'DROPPED_WITHOUT_REENROLMENT') AS dropped
                       FROM student s WHERE %1$s),
                 done AS (SELECT DISTINCT so.offer_id, so.student_id FROM student_offer so
                          JOIN f ON f.id = so.student_id WHERE so.status = 'COMPLETED'),
                 fits AS (SELECT DISTINCT t.offer_id, n.student_id FROM need n JOIN f ON f.id = n.student_id
                          JOIN support_offer_target t ON t.category = n.category)
            SELECT o.code, o.name_da, o.name_en, coalesce(d.students, 0), coalesce(d.dropped, 0),
                   coalesce(c.students, 0), coalesce(c.dropped, 0)
            FROM support_offer o
            LEFT JOIN (SELECT done.offer_id, count(*) AS students, count(*) FILTER (WHERE f.dropped) AS dropped
                       FROM done JOIN f ON f.id = done.student_id GROUP BY done.offer_id) d ON d.offer_id = o.id
            LEFT JOIN (SELECT fits.offer_id, count(*) AS students, count(*) FILTER (WHERE f.dropped) AS dropped
                       FROM fits JOIN f ON f.id = fits.student_id
                       WHERE NOT EXISTS (SELECT 1 FROM done WHERE done.offer_id = fits.offer_id
                                         AND done.student_id = fits.student_id)
                       GROUP BY fits.offer_id) c ON c.offer_id = o.id
            WHERE EXISTS (SELECT 1 FROM support_offer_target t WHERE t.offer_id = o.id)
              AND coalesce(d.students, 0) + coalesce(c.students, 0) > 0
            ORDER BY o.code
            """;

    /** The transition tasks of the students, by offer: done by their day, done later, overdue, not due yet. */
    private static final String TASKS = """
            SELECT o.code, o.name_da, o.name_en,
                   count(*) FILTER (WHERE t.status = 'DONE'
                                    AND CAST(t.closed_at AT TIME ZONE 'Europe/Copenhagen' AS DATE) <= t.due_on),
                   count(*) FILTER (WHERE t.status = 'DONE'
                                    AND CAST(t.closed_at AT TIME ZONE 'Europe/Copenhagen' AS DATE) > t.due_on),
                   count(*) FILTER (WHERE t.status = 'OPEN' AND t.due_on < %2$s),
                   count(*) FILTER (WHERE t.status = 'OPEN' AND t.due_on >= %2$s),
                   count(*)
            FROM task t JOIN support_offer o ON o.id = t.offer_id JOIN student s ON s.id = t.student_id
            WHERE t.kind = 'TRANSITION' AND t.status <> 'CANCELLED' AND %1$s
            GROUP BY o.code, o.name_da, o.name_en ORDER BY o.code
            """;

    /**
     * Per site: the students in a placement now or within 30 days who have active needs, how many of them share
     * something with that placement by a consent in force, the consents that end within 14 days, and the
     * proposals not yet answered. A consent ends on its own last day or on the last day of the period or the
     * mentoring it shares with, whichever comes first.
     */
    private static final String COVERAGE = """
            WITH f AS (SELECT s.id, s.site FROM student s WHERE %1$s),
                 placed AS (SELECT f.site, f.id AS student_id, p.id AS period_id
                            FROM f JOIN placement_period p ON p.student_id = f.id
                            WHERE p.start_date <= CAST(%2$s AS DATE) + 30 AND p.end_date >= %2$s
                              AND EXISTS (SELECT 1 FROM need n WHERE n.student_id = f.id AND n.status = 'ACTIVE')),
                 sharing AS (SELECT DISTINCT pl.site, pl.student_id FROM placed pl
                             JOIN consent c ON c.period_id = pl.period_id
                             WHERE c.status = 'GIVEN' AND c.withdrawn_at IS NULL AND c.valid_until >= %2$s),
                 consents AS (SELECT f.site, c.status, c.withdrawn_at,
                                     least(c.valid_until, coalesce(p.end_date, a.valid_to, c.valid_until)) AS ends
                              FROM f JOIN consent c ON c.student_id = f.id
                              LEFT JOIN placement_period p ON p.id = c.period_id
                              LEFT JOIN assignment a ON a.id = c.assignment_id)
            SELECT x.site, x.site, x.site,
                   (SELECT count(DISTINCT pl.student_id) FROM placed pl WHERE pl.site = x.site),
                   (SELECT count(*) FROM sharing sh WHERE sh.site = x.site),
                   (SELECT count(*) FROM consents c WHERE c.site = x.site AND c.status = 'GIVEN'
                      AND c.withdrawn_at IS NULL AND c.ends BETWEEN %2$s AND CAST(%2$s AS DATE) + 14),
                   (SELECT count(*) FROM consents c WHERE c.site = x.site AND c.status = 'PROPOSED')
            FROM (SELECT DISTINCT site FROM f) x
            """;

    /**
     * Per site, over the filter's students' placement periods begun by the day: all, plan agreed, midterm completed
     * by its agreed date, ended, ended with an approving statement, with one that does not approve, without one,
     * with absence.
     */
    private static final String PLANS = """
            WITH p AS (SELECT s.site, pp.id, pp.end_date, t.id AS plan_id, t.midterm_date, t.final_date
                       FROM student s JOIN placement_period pp ON pp.student_id = s.id
                       LEFT JOIN training_plan t ON t.period_id = pp.id
                       WHERE %1$s AND pp.start_date <= %2$s),
                 q AS (SELECT p.*,
                              EXISTS (SELECT 1 FROM period_statement st WHERE st.period_id = p.id) AS issued,
                              EXISTS (SELECT 1 FROM period_statement st WHERE st.period_id = p.id AND st.approved)
                                  AS approved
                       FROM p)
            SELECT q.site, q.site, q.site,
                   count(*),
                   count(*) FILTER (WHERE q.midterm_date IS NOT NULL AND q.final_date IS NOT NULL),
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM plan_assessment a WHERE a.plan_id = q.plan_id
                                    AND a.kind = 'MIDTERM' AND a.supervisor_confirmed_at IS NOT NULL
                                    AND a.student_confirmed_at IS NOT NULL AND a.held_on <= q.midterm_date)),
                   count(*) FILTER (WHERE q.end_date < %2$s),
                   count(*) FILTER (WHERE q.end_date < %2$s AND q.approved),
                   count(*) FILTER (WHERE q.end_date < %2$s AND q.issued AND NOT q.approved),
                   count(*) FILTER (WHERE q.end_date < %2$s AND NOT q.issued),
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM period_absence ab WHERE ab.period_id = q.id))
            FROM q GROUP BY q.site
            """;

    /**
     * Per site, over the mentor assignments in force at some time from the first day to the last: the mentees of
     * a peer mentor and their sessions with that mentor, then the same for individual mentors.
     */
    private static final String SESSIONS = """
            WITH f AS (SELECT s.id, s.site FROM student s WHERE %1$s),
                 m AS (SELECT DISTINCT f.site, f.id AS student_id, a.mentor_type, a.profile_id
                       FROM f JOIN assignment a ON a.student_id = f.id
                       WHERE a.kind = 'MENTOR' AND a.valid_from <= %3$s
                         AND (a.valid_to IS NULL OR a.valid_to >= %2$s)),
                 held AS (SELECT m.site, m.mentor_type, count(*) AS sessions
                          FROM m JOIN mentor_session_attendee sa ON sa.student_id = m.student_id
                          JOIN mentor_session ms ON ms.id = sa.session_id AND ms.mentor_profile_id = m.profile_id
                          WHERE ms.held_on BETWEEN %2$s AND %3$s GROUP BY m.site, m.mentor_type),
                 n AS (SELECT site, mentor_type, count(DISTINCT student_id) AS mentees FROM m
                       GROUP BY site, mentor_type)
            SELECT n.site, n.site, n.site,
                   coalesce(sum(n.mentees) FILTER (WHERE n.mentor_type = 'PEER'), 0),
                   coalesce(sum(h.sessions) FILTER (WHERE n.mentor_type = 'PEER'), 0),
                   coalesce(sum(n.mentees) FILTER (WHERE n.mentor_type = 'INDIVIDUAL'), 0),
                   coalesce(sum(h.sessions) FILTER (WHERE n.mentor_type = 'INDIVIDUAL'), 0)
            FROM n LEFT JOIN held h ON h.site = n.site AND h.mentor_type = n.mentor_type
            GROUP BY n.site
            """;

    /**
     * The individual mentor assignments in force on the day, with their cadence and the last session with that
     * mentor by then: the last sessions are read for all those mentees at once (hash-aggregated), not looked up
     * one assignment at a time.
     */
    private static final String INDIVIDUAL = """
            WITH a AS (SELECT s.site, a.student_id, a.profile_id, a.cadence, a.valid_from
                       FROM assignment a JOIN student s ON s.id = a.student_id
                       WHERE a.kind = 'MENTOR' AND a.mentor_type = 'INDIVIDUAL' AND a.cadence IS NOT NULL
                         AND a.valid_from <= %2$s AND (a.valid_to IS NULL OR a.valid_to >= %2$s) AND %1$s),
                 last AS (SELECT sa.student_id, ms.mentor_profile_id, max(ms.held_on) AS held_on
                          FROM mentor_session ms JOIN mentor_session_attendee sa ON sa.session_id = ms.id
                          WHERE ms.held_on <= %2$s AND sa.student_id IN (SELECT student_id FROM a)
                          GROUP BY sa.student_id, ms.mentor_profile_id)
            SELECT a.site, a.cadence, a.valid_from, last.held_on
            FROM a LEFT JOIN last ON last.student_id = a.student_id AND last.mentor_profile_id = a.profile_id
            """;

    /** Per site, the follow-ups mentors raised from the first day to the last: handled, open, all. */
    private static final String FOLLOW_UPS = """
            SELECT s.site, s.site, s.site, count(*) FILTER (WHERE t.status = 'DONE'),
                   count(*) FILTER (WHERE t.status = 'OPEN'), count(*)
            FROM task t JOIN student s ON s.id = t.student_id
            WHERE t.kind = 'MENTOR_FOLLOW_UP' AND t.status <> 'CANCELLED'
              AND CAST(t.created_at AT TIME ZONE 'Europe/Copenhagen' AS DATE) BETWEEN %2$s AND %3$s AND %1$s
            GROUP BY s.site
            """;

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Cohort> dropout(ReportFilter filter, LocalDate day) {
        return query(DROPOUT, filter, day).stream().map(r -> {
            long all = number(r[2]);
            long with = number(r[3]);
            long without = number(r[4]);
            return new Cohort(Programme.valueOf((String) r[0]), (int) number(r[1]), all, all - with - without,
                    with, without);
        }).toList();
    }

    @Override
    public List<CountRow> offerUptake(ReportFilter filter) {
        return countRows(query(UPTAKE, filter));
    }

    @Override
    public List<CountRow> offerComparison(ReportFilter filter) {
        return countRows(query(COMPARISON, filter));
    }

    @Override
    public List<CountRow> transitionTasks(ReportFilter filter, LocalDate day) {
        return countRows(query(TASKS, filter, day));
    }

    @Override
    public List<CountRow> trainingPlans(ReportFilter filter, LocalDate day) {
        return bySite(countRows(query(PLANS, filter, day)));
    }

    @Override
    public List<CountRow> consentCoverage(ReportFilter filter, LocalDate day) {
        return bySite(countRows(query(COVERAGE, filter, day)));
    }

    @Override
    public List<CountRow> mentoringSessions(ReportFilter filter, LocalDate first, LocalDate last) {
        return bySite(countRows(query(SESSIONS, filter, first, last)));
    }

    @Override
    public List<MenteeCadence> individualMentees(ReportFilter filter, LocalDate day) {
        return query(INDIVIDUAL, filter, day).stream()
                .map(r -> new MenteeCadence(SchoolSite.valueOf((String) r[0]), Cadence.valueOf((String) r[1]),
                        date(r[2]), r[3] == null ? null : date(r[3]))).toList();
    }

    @Override
    public List<CountRow> followUps(ReportFilter filter, LocalDate first, LocalDate last) {
        return bySite(countRows(query(FOLLOW_UPS, filter, first, last)));
    }

    @Override
    public List<Integer> startYears() {
        List<?> years = em.createNativeQuery("SELECT DISTINCT CAST(extract(YEAR FROM start_date) AS INT)"
                + " FROM student ORDER BY 1").getResultList();
        return years.stream().map(y -> (int) number(y)).toList();
    }

    @Override
    public List<String> teams() {
        return em.createQuery("SELECT DISTINCT s.team FROM Student s ORDER BY s.team", String.class).getResultList();
    }

    /**
     * Runs a query over the filter's students: in {@code template}, {@code %1$s} stands for the conditions on the
     * students {@code s}, and {@code %2$s}, {@code %3$s} ... for the query's own {@code values}, in order. Days are
     * written into the query as date literals, so that PostgreSQL plans each run for its dates (with them as
     * parameters, a plan made for any dates read the mentoring report's tables in seconds, docs/performance.md);
     * the other values are parameters.
     */
    private List<Object[]> query(String template, ReportFilter filter, Object... values) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder students = new StringBuilder("s.start_date >= ")
                .append(day(LocalDate.of(filter.fromYear(), 1, 1)))
                .append(" AND s.start_date < ").append(day(LocalDate.of(filter.toYear() + 1, 1, 1)));
        if (filter.site() != null) {
            parameters.add(filter.site().name());
            students.append(" AND s.site = ?").append(parameters.size());
        }
        if (filter.team() != null) {
            parameters.add(filter.team());
            students.append(" AND s.team = ?").append(parameters.size());
        }
        Object[] places = new Object[values.length + 1];
        places[0] = students.toString();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate date) {
                places[i + 1] = day(date);
            } else {
                parameters.add(values[i]);
                places[i + 1] = "?" + parameters.size();
            }
        }
        Query query = em.createNativeQuery(String.format(template, places));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).toList();
    }

    /** A day as an SQL date literal (ISO, from a LocalDate: nothing else can be in it). */
    private static String day(LocalDate date) {
        return "DATE '" + date + "'";
    }

    /** Rows of a key and its name in Danish and English, then counts. */
    private static List<CountRow> countRows(List<Object[]> rows) {
        return rows.stream().map(r -> new CountRow((String) r[0], (String) r[1], (String) r[2],
                IntStream.range(3, r.length).mapToObj(i -> number(r[i])).toList())).toList();
    }

    /** Rows keyed by a site, named by it and in the order of the sites. */
    private static List<CountRow> bySite(List<CountRow> rows) {
        return rows.stream().map(r -> Map.entry(SchoolSite.valueOf(r.key()), r))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new CountRow(e.getValue().key(), e.getKey().displayName(), e.getKey().displayName(),
                        e.getValue().counts())).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date day ? day.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
