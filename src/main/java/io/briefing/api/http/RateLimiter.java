package io.briefing.api.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perSecond}. Pure
 * logic with the clock passed in, so tests need no sleeping. The table of clients is bounded: when
 * it grows past {@code maxClients}, buckets that have refilled completely (idle clients) are dropped,
 * which forgets nothing a full bucket would remember.
 */
final class RateLimiter {

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    private final double perNano;
    private final double burst;
    private final int maxClients;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, int burst, int maxClients) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(1, burst);
        this.maxClients = maxClients;
    }

    /** Takes one token for {@code client}: 0 when the request may go ahead, else the nanoseconds until it may. */
    long acquire(String client, long now) {
        if (buckets.size() >= maxClients) {
            sweep(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * perNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perNano);
        }
    }

    private void sweep(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (now - e.getValue().updated) * perNano >= burst;
            }
        });
        if (buckets.size() >= maxClients) {
            buckets.clear(); // every client is active: forget them all rather than grow without bound
        }
    }

    int clients() {
        return buckets.size();
    }
}
