package dk.brobygger.infrastructure.persistence;

/**
 * Counts the SQL statements the application sends to the database on the current thread, between
 * {@link #start()} and {@link #stop()}: for the benchmark's figure of statements per page view (docs/performance.md).
 * {@link StatementListener} reports each statement; nothing is counted on a thread that was not started.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private StatementCounter() {
    }

    public static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements since {@link #start()}, and stops counting. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    static void counted() {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
