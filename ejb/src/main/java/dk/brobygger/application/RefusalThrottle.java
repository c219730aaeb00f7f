package dk.brobygger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a burst of refused requests from one person from slowing everyone else (docs/security.md): each refusal
 * writes an audit event, and the chain seals events one at a time. Past {@code limit} refusals within the window,
 * the person's requests are answered "too many requests" before they reach a service, until the window has
 * passed; the refusal that crosses the limit says so in the audit trail. People are counted by the name they
 * signed in with: this decides no access, it only spaces out requests.
 */
@ApplicationScoped
public class RefusalThrottle {

    @Inject
    @ConfigProperty(name = "brobygger.refusals.limit", defaultValue = "200")
    int limit;

    @Inject
    @ConfigProperty(name = "brobygger.refusals.window-seconds", defaultValue = "60")
    int windowSeconds;

    @Inject
    Clock clock;

    private final ConcurrentMap<String, Deque<Instant>> refusals = new ConcurrentHashMap<>();

    /** Counts a refusal of this person; true when it is the one that takes them over the limit. */
    boolean refused(String who) {
        Deque<Instant> times = refusals.computeIfAbsent(who, name -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            forgetBefore(times, now);
            times.addLast(now);
            return times.size() == limit + 1;
        }
    }

    /** Whether this person was refused more than the limit within the window, so that their requests wait. */
    public boolean throttled(String who) {
        Deque<Instant> times = refusals.get(who);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetBefore(times, clock.instant());
            if (times.isEmpty()) {
                refusals.remove(who, times);
            }
            return times.size() > limit;
        }
    }

    /** How long a throttled person waits at most: the window. */
    public Duration window() {
        return Duration.ofSeconds(windowSeconds);
    }

    private void forgetBefore(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window());
        while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
            times.removeFirst();
        }
    }
}
