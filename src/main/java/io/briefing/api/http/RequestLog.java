package io.briefing.api.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One structured log line per GraphQL request: operation name and type, HTTP status, duration and
 * outcome (ok, rejected, client-error, server-error; see {@link OutcomeExtensionProvider}). Request bodies (which may carry article text) and headers (which carry credentials) are
 * never logged.
 */
@ApplicationScoped
public class RequestLog {

    static final String OPERATION_NAME = "briefing.operationName";
    static final String OPERATION_TYPE = "briefing.operationType";
    static final String OUTCOME = "briefing.outcome";
    private static final String STARTED = "briefing.started";
    private static final Logger LOG = Logger.getLogger("io.briefing.requests");

    private final String path;

    public RequestLog(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path) {
        this.path = path;
    }

    void register(@Observes Router router) {
        router.route(path).order(-101).handler(this::start);
    }

    private void start(RoutingContext ctx) {
        ctx.put(STARTED, System.nanoTime());
        // SmallRye's handler replaces the response's end handler, which is what runs the routing
        // context's end handlers: requests that reached the engine were never logged. The body-end
        // handler is left alone; the end handler still covers responses that end before a body
        // (rejections, clients gone). Whichever comes first logs, once.
        java.util.concurrent.atomic.AtomicBoolean logged = new java.util.concurrent.atomic.AtomicBoolean();
        ctx.addBodyEndHandler(v -> {
            if (logged.compareAndSet(false, true)) {
                log(ctx);
            }
        });
        ctx.addEndHandler(done -> {
            if (logged.compareAndSet(false, true)) {
                log(ctx);
            }
        });
        ctx.next();
    }

    /** At most 100 characters of a value a client sent, for messages that echo it back. */
    public static String abbreviate(String value) {
        return abbreviate(value, 100);
    }

    /** At most {@code max} characters of {@code value}. */
    public static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }

    /** Operation names come from clients: log only well-formed GraphQL names, never arbitrary text. */
    private static Object safeName(Object name) {
        if (name == null) {
            return null;
        }
        String s = name.toString();
        return s.length() <= 100 && s.matches("[_A-Za-z][_0-9A-Za-z]*") ? s : "(invalid)";
    }

    private void log(RoutingContext ctx) {
        Long started = ctx.get(STARTED);
        double millis = started == null ? 0 : (System.nanoTime() - started) / 1e6;
        int status = ctx.response().getStatusCode();
        String outcome = ctx.get(OUTCOME);
        if (outcome == null) {
            outcome = status >= 500 ? "failed" : status >= 400 ? "rejected" : "ok";
        }
        Object name = safeName(ctx.get(OPERATION_NAME));
        Object type = ctx.get(OPERATION_TYPE);
        LOG.infof("graphql method=%s operation=%s type=%s status=%d durationMs=%.1f outcome=%s", ctx.request().method(),
                name == null ? "-" : name, type == null ? "-" : type, status, millis, outcome);
    }

}
