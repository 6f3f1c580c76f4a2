package io.briefing.api;

import io.briefing.config.BriefingSettings;
import io.briefing.error.LimitExceededException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps on live subscriptions: per WebSocket connection and in total. A subscription over a cap is
 * refused with a GraphQL error (code "limit-exceeded") before anything is computed for it; the
 * counts go down when a subscription ends for any reason (complete, error, client gone).
 */
@ApplicationScoped
public class SubscriptionLimits {

    private final int perConnection;
    private final int total;
    private final CurrentVertxRequest request;
    private final AtomicInteger active = new AtomicInteger();
    private final Map<Object, AtomicInteger> byConnection = new ConcurrentHashMap<>();

    public SubscriptionLimits(BriefingSettings settings, CurrentVertxRequest request) {
        this.perConnection = settings.subscriptions().maxPerConnection();
        this.total = settings.subscriptions().maxTotal();
        this.request = request;
    }

    /** {@code stream}, counted against the caps while subscribed; refused when a cap is reached. */
    public <T> Multi<T> admit(String field, Multi<T> stream) {
        Object connection = connection();
        AtomicInteger mine = connection == null ? null : byConnection.computeIfAbsent(connection, c -> new AtomicInteger());
        if (mine != null && mine.incrementAndGet() > perConnection) {
            release(connection, mine);
            throw new LimitExceededException(field + ": this connection already has " + perConnection
                    + " subscriptions (briefing.subscriptions.max-per-connection); complete one first");
        }
        if (active.incrementAndGet() > total) {
            active.decrementAndGet();
            release(connection, mine);
            throw new LimitExceededException(field + ": the server has reached its limit of " + total
                    + " live subscriptions (briefing.subscriptions.max-total); retry later");
        }
        AtomicInteger counted = mine;
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                active.decrementAndGet();
                release(connection, counted);
            }
        };
        return stream.onTermination().invoke(end);
    }

    /** Live subscriptions now (for tests and health data). */
    public int active() {
        return active.get();
    }

    private void release(Object connection, AtomicInteger count) {
        if (connection != null && count != null && count.decrementAndGet() <= 0) {
            byConnection.remove(connection, count);
        }
    }

    /** The WebSocket's underlying connection (the upgrade request's), or null outside a request. */
    private Object connection() {
        try {
            var ctx = request.getCurrent();
            return ctx == null ? null : ctx.request().connection();
        } catch (RuntimeException e) {
            return null; // no request context: count only the total
        }
    }
}
