package io.briefing.api.http;

import io.briefing.error.ClientException;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.jboss.logging.Logger;

/**
 * Called by SmallRye GraphQL for each error a resolver raised (and only then, so it costs nothing on
 * the happy path). It tags the error as the client's or the server's, records the outcome for the
 * request log, and logs server faults with their stack trace, which clients never see.
 * Registered through META-INF/services (ServiceLoader), hence the reflection registration.
 */
@RegisterForReflection
public class OutcomeExtensionProvider implements ErrorExtensionProvider {

    private static final Logger LOG = Logger.getLogger("io.briefing.requests");

    @Override
    public String getKey() {
        return "outcome";
    }

    @Override
    public JsonValue mapValueFrom(Throwable error) {
        boolean client = isClientError(error);
        if (!client) {
            LOG.error("graphql resolver failed", error);
        }
        String outcome = client ? "client-error" : "server-error";
        if (Arc.container() != null) {
            CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
            RoutingContext ctx = current == null ? null : current.getCurrent();
            if (ctx != null) {
                ctx.put(RequestLog.OUTCOME, outcome);
            }
        }
        return Json.createValue(outcome);
    }

    private static boolean isClientError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ClientException || t.getClass().getName().startsWith("jakarta.validation")) {
                return true;
            }
        }
        return false;
    }
}
