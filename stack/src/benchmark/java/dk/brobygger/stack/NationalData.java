package dk.brobygger.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The national data set of docs/performance.md, generated in SQL (national-data.sql): grows the benchmark's
 * database to a number of students with everything around them, and seals the audit events it wrote.
 */
final class NationalData {

    /** 5,000,000 audit events at 40,000 students. */
    static final int EVENTS_PER_STUDENT = 125;

    /** The people the load benchmark signs in as, with a fixed share of the first 400 students. */
    static final String CONTACT_PERSON = "kp.hansen";
    static final String SUPERVISOR = "ov.nielsen";
    static final String MENTOR = "mentor.andersen";
    static final String STUDENT = "elev.larsen";
    static final String LEADER = "ul.christensen";
    static final String DATA_PROTECTION_OFFICER = "dpo.madsen";

    private static final int SEAL_BATCH = 200_000;

    private NationalData() {
    }

    /** Adds generated students until there are {@code students} of them; does nothing if there are. */
    static void growTo(int students) throws Exception {
        int have = (int) TestRecords.count("SELECT count(*) FROM student WHERE student_number LIKE 'N%'");
        if (have >= students) {
            return;
        }
        for (String person : new String[] {CONTACT_PERSON, SUPERVISOR, MENTOR, STUDENT, LEADER,
                DATA_PROTECTION_OFFICER}) {
            TestRecords.person(person);
        }
        if (TestRecords.count("SELECT count(*) FROM placement_supervisor ps JOIN user_profile p"
                + " ON p.id = ps.profile_id WHERE p.username = ?", SUPERVISOR) == 0) {
            TestRecords.placement(SUPERVISOR);
        }
        long started = System.nanoTime();
        try (Connection c = TestRecords.connect(); Statement s = c.createStatement()) {
            s.execute(script());
            s.execute("SELECT pg_temp.national_data(" + (have + 1) + ", " + students + ", " + EVENTS_PER_STUDENT
                    + ")");
        }
        long generated = System.nanoTime();
        long events = seal();
        long sealed = System.nanoTime();
        // sealing rewrote every event; a running installation's trail has been vacuumed since, so the load
        // benchmark does not measure autovacuum catching up
        TestRecords.update("VACUUM ANALYZE");
        System.out.printf("%nNational data set: %,d students, %,d placements, %,d people, %,d needs, %,d consents,"
                + " %,d mentor sessions, %,d offers, %,d audit events (generated in %d s, %,d events chained in"
                + " %d s)%n", TestRecords.count("SELECT count(*) FROM student"),
                TestRecords.count("SELECT count(*) FROM placement"),
                TestRecords.count("SELECT count(*) FROM user_profile"),
                TestRecords.count("SELECT count(*) FROM need"), TestRecords.count("SELECT count(*) FROM consent"),
                TestRecords.count("SELECT count(*) FROM mentor_session"),
                TestRecords.count("SELECT count(*) FROM student_offer"),
                TestRecords.count("SELECT count(*) FROM audit_event"), (generated - started) / 1_000_000_000,
                events, (sealed - generated) / 1_000_000_000);
    }

    /**
     * Chains the generated events with the application's own sealer function, in large batches; the running
     * application's sealer may take a turn in between (the function lets one sealer at a time work).
     */
    private static long seal() throws SQLException, InterruptedException {
        long sealed = 0;
        while (TestRecords.count("SELECT count(*) FROM audit_event WHERE chain_seq IS NULL") > 0) {
            long batch = TestRecords.count("SELECT seal_audit_events(?)", SEAL_BATCH);
            if (batch == 0) {
                Thread.sleep(50);
            }
            sealed += batch;
        }
        return sealed;
    }

    private static String script() throws IOException {
        try (InputStream in = NationalData.class.getResourceAsStream("/national-data.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
