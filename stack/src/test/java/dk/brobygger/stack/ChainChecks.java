package dk.brobygger.stack;

import java.time.Duration;
import java.util.Map;

/** The data protection officer's check of the audit chain as the page runs it: started, then followed to its end. */
final class ChainChecks {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private ChainChecks() {
    }

    /** Starts a check and returns the page once it shows the finished check's result. */
    static String verify(SignedInClient dpo) throws Exception {
        return verify(dpo, AT_MOST);
    }

    /** As {@link #verify(SignedInClient)}, for a chain that takes longer (millions of events). */
    static String verify(SignedInClient dpo, Duration atMost) throws Exception {
        dpo.submit(dpo.get("dpo/index.xhtml"), "chain", "verify", Map.of());
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            String page = dpo.get("dpo/index.xhtml").body();
            if (!page.contains("id=\"chain-running\"") && page.contains("id=\"chain-result\"")) {
                return page;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The check of the chain did not finish within " + atMost + ": "
                        + page);
            }
            Thread.sleep(200);
        }
    }
}
