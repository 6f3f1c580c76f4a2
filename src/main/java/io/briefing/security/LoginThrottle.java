package io.briefing.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client (remote address) in a sliding window. Past the limit, the
 * client's further attempts are refused without checking the password until the window has passed
 * since its last failure: a guesser gets a handful of tries a minute instead of hundreds a second.
 * Pure logic with an explicit clock, so it is unit-tested directly.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final long windowNanos;
    private final int maxClients;
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();

    private static final class Failures {
        int count;
        long first;
        long last;
    }

    public LoginThrottle(int maxFailures, Duration window, int maxClients) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.maxClients = maxClients;
    }

    /** Seconds the client must wait before its next attempt is checked; 0 when it may try now. */
    public long retryAfterSeconds(String client, long now) {
        Failures f = clients.get(client);
        if (f == null) {
            return 0;
        }
        synchronized (f) {
            if (now - f.last >= windowNanos) {
                clients.remove(client, f);
                return 0;
            }
            return f.count >= maxFailures ? Math.max(1, (windowNanos - (now - f.last)) / 1_000_000_000L) : 0;
        }
    }

    /** Records a failed attempt; returns the client's failures within the window, this one included. */
    public int failed(String client, long now) {
        if (clients.size() >= maxClients) {
            clients.entrySet().removeIf(e -> now - e.getValue().last >= windowNanos); // forget stale clients
        }
        Failures f = clients.computeIfAbsent(client, c -> new Failures());
        synchronized (f) {
            if (f.count == 0 || now - f.last >= windowNanos) {
                f.count = 0;
                f.first = now;
            }
            f.count++;
            f.last = now;
            return f.count;
        }
    }

    /** A successful login clears the client's record. */
    public void succeeded(String client) {
        clients.remove(client);
    }
}
