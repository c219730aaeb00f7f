package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatling.app.Gatling$;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load benchmark of docs/performance.md: the six real journeys and a trivial Faces page as the baseline, run
 * by Gatling (JourneysSimulation) against the real stack, at 400 students and then on the national data set at 20
 * and 100 concurrent users. Prints each step's figures and pass or miss against the targets; the Gatling HTML
 * reports go to target/gatling. Run with bin/benchmark, not part of the test suite.
 */
@ExtendWith(ArquillianExtension.class)
class LoadBenchmark {

    private static final Path RESULTS = Path.of(System.getProperty("brobygger.test.logs"), "gatling");
    private static final int SMALL = 400;
    private static final int NATIONAL = 40_000;
    private static final double BASELINE_RATIO_TARGET = 2.0;
    private static final double SCALE_RATIO_TARGET = 1.2;
    private static final long START_TARGET_SECONDS = 90;
    /** The live heap after the busiest run that is the target: three quarters of Payara's -Xmx1g. */
    private static final long HEAP_TARGET_MB = 768;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void journeysUnderLoad() throws Exception {
        HttpResponse<String> login = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build()
                .send(HttpRequest.newBuilder(URI.create(TestStack.APPLICATION_URL + "start")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(login.body().contains("kc-form-login"), "the login page: " + login.uri());
        long startedSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        System.out.printf("%nWhole stack (PostgreSQL, Keycloak, Payara with the application) started to the login"
                + " page in %d s (target: at most %d s): %s%n", startedSeconds, START_TARGET_SECONDS,
                mark(startedSeconds <= START_TARGET_SECONDS));

        NationalData.growTo(SMALL);
        run("warm-up", 20, 20);
        Map<String, Step> small = run("400 students, 20 users", 20, 60);
        NationalData.growTo(NATIONAL);
        Map<String, Step> national = run("40,000 students, 20 users", 20, 60);
        HeapSampler heap = HeapSampler.start();
        Map<String, Step> busy = run("40,000 students, 100 users", 100, 60);
        heap.stop();

        table("At 400 students, 20 concurrent users", small, null);
        table("At 40,000 students, 20 concurrent users", national, small);
        table("At 40,000 students, 100 concurrent users", busy, null);
        heap.print(HEAP_TARGET_MB);
    }

    /** Runs the simulation and reads its figures per step from the report Gatling wrote. */
    private static Map<String, Step> run(String title, int users, int seconds) throws Exception {
        JourneysSimulation.prepare(users, seconds);
        Files.createDirectories(RESULTS);
        String description = title.replaceAll("[^A-Za-z0-9]+", "-");
        int exit = Gatling$.MODULE$.fromArgs(new String[] {"-s", JourneysSimulation.class.getName(),
            "-rf", RESULTS.toString(), "-rd", description});
        assertEquals(0, exit, "Gatling ended with " + exit);
        Path report;
        try (Stream<Path> runs = Files.list(RESULTS)) {
            report = runs.filter(Files::isDirectory).max(Comparator.comparing(LoadBenchmark::modified))
                    .orElseThrow();
        }
        System.out.printf("  %s: report in %s%n", title, report.resolve("index.html"));
        return Step.read(report.resolve("js/stats.js"));
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Prints the steps of a run with their ratio to the baseline page's p95 in the same run, and, given the run
     * at 400 students, the ratio of each step's p95 to its p95 there.
     */
    private static void table(String title, Map<String, Step> steps, Map<String, Step> small) {
        Step baseline = steps.get(JourneysSimulation.BASELINE);
        System.out.printf("%n%s (p95 target: at most %.1f x the baseline's, 0 errors%s)%n", title,
                BASELINE_RATIO_TARGET, small == null ? "" : "; at most " + SCALE_RATIO_TARGET
                        + " x its p95 at 400 students");
        System.out.printf("  %-46s %6s %6s %6s %6s %7s %7s  %-5s%s%n", "step", "p50", "p95", "p99", "errors",
                "req/s", "x base", "", small == null ? "" : "  x 400   ");
        for (Step step : steps.values()) {
            double ratio = (double) step.p95() / Math.max(1, baseline.p95());
            boolean pass = step.errors() == 0 && (step == baseline || ratio <= BASELINE_RATIO_TARGET);
            String scale = "";
            if (small != null && small.containsKey(step.name())) {
                double grown = (double) step.p95() / Math.max(1, small.get(step.name()).p95());
                scale = String.format("  %5.2f %s", grown, mark(grown <= SCALE_RATIO_TARGET));
            }
            System.out.printf("  %-46s %4d ms %4d ms %4d ms %6d %7.1f %7.2f  %-5s%s%n", step.name(), step.p50(),
                    step.p95(), step.p99(), step.errors(), step.perSecond(), ratio, mark(pass), scale);
        }
    }

    private static String mark(boolean pass) {
        return pass ? "pass" : "MISS";
    }

    /**
     * One step's figures from the report Gatling wrote: js/stats.js holds them as a JavaScript object (percentiles1
     * to 4 are the 50th, 75th, 95th and 99th), which becomes JSON once its bare keys are quoted.
     */
    record Step(String name, long p50, long p95, long p99, long errors, double perSecond) {

        private static final Pattern BARE_KEY = Pattern.compile("([{,]\\s*)([A-Za-z_]\\w*)\\s*:");

        static Map<String, Step> read(Path statsJs) throws IOException {
            String script = Files.readString(statsJs);
            int start = script.indexOf('{', script.indexOf("var stats ="));
            int depth = 0;
            int end = start;
            do {
                char c = script.charAt(end++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } while (depth > 0);
            JsonObject root;
            try (JsonReader reader = Json.createReader(new StringReader(
                    BARE_KEY.matcher(script.substring(start, end)).replaceAll("$1\"$2\":")))) {
                root = reader.readObject();
            }
            Map<String, Step> steps = new LinkedHashMap<>();
            for (JsonObject entry : root.getJsonObject("contents").values().stream()
                    .map(JsonObject.class::cast).toList()) {
                JsonObject stats = entry.getJsonObject("stats");
                String name = stats.getString("name");
                steps.put(name, new Step(name, value(stats, "percentiles1"), value(stats, "percentiles3"),
                        value(stats, "percentiles4"), value(stats, "numberOfRequests", "ko"),
                        Double.parseDouble(stats.getJsonObject("meanNumberOfRequestsPerSecond")
                                .getString("total"))));
            }
            return steps;
        }

        private static long value(JsonObject stats, String name) {
            return value(stats, name, "total");
        }

        private static long value(JsonObject stats, String name, String part) {
            return Long.parseLong(stats.getJsonObject(name).getString(part));
        }
    }

    /**
     * Payara's heap while a run lasts, read with jcmd from the JDK (GC.heap_info) once a second, and its live
     * heap after the run (after a full collection).
     */
    private static final class HeapSampler {

        private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

        private final long pid;
        private final AtomicLong peakUsedKb = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapSampler(long pid) {
            this.pid = pid;
            this.sampler = new Thread(() -> {
                while (running) {
                    peakUsedKb.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static HeapSampler start() {
            long pid = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains("ASMain")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Payara is not running")).pid();
            HeapSampler heap = new HeapSampler(pid);
            heap.sampler.start();
            return heap;
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        void print(long targetMb) throws Exception {
            jcmd("GC.run");
            long liveMb = used() / 1024;
            System.out.printf("%nPayara's heap (limit -Xmx1g): at most %d MB used during the 100-user run, %d MB"
                    + " live after it (target: at most %d MB live): %s%n", peakUsedKb.get() / 1024, liveMb,
                    targetMb, mark(liveMb <= targetMb));
            System.out.println("  What the live heap holds most of (jcmd GC.class_histogram):");
            jcmd("GC.class_histogram").lines().skip(3).limit(8).forEach(line -> System.out.println("  " + line));
        }

        private long used() {
            Matcher m = USED.matcher(jcmd("GC.heap_info"));
            return m.find() ? Long.parseLong(m.group(2)) : 0;
        }

        private String jcmd(String command) {
            try {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid), command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                p.waitFor();
                return out;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("jcmd " + command, e);
            }
        }
    }
}
