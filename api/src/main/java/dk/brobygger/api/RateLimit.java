package dk.brobygger.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A limit on the rate of requests per caller of a token (its subject), as a token bucket: a burst of the requests
 * of a minute, refilled evenly over the minute (docs/api.md). Past it, 429 with the seconds to wait in
 * {@code Retry-After}. The count is this server's; a cluster counts per server.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RateLimit implements ContainerRequestFilter {

    private static final int MAX_CALLERS = 10_000;

    private final int perMinute = ConfigProvider.getConfig()
            .getOptionalValue("brobygger.api.requests-per-minute", Integer.class).orElse(120);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (!(caller instanceof JsonWebToken token)) {
            return;
        }
        long now = System.nanoTime();
        if (buckets.size() > MAX_CALLERS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        long wait = buckets.computeIfAbsent(token.getSubject(), s -> new Bucket(perMinute, now)).take(now);
        if (wait > 0) {
            throw new ProblemException(429, "api.rateLimited", wait).header(HttpHeaders.RETRY_AFTER, wait);
        }
    }

    /** One caller's requests: the tokens left, refilled evenly, at most a minute's worth. */
    private static final class Bucket {

        private static final long MINUTE = 60_000_000_000L;

        private final int capacity;
        private double tokens;
        private long at;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.at = now;
        }

        /** Takes a token: 0 when there was one, else the whole seconds until there is. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens--;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * MINUTE / capacity / 1e9);
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (double) (now - at) * capacity / MINUTE);
            at = now;
        }
    }
}
