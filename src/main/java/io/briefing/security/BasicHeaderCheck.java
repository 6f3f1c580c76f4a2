package io.briefing.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus's Basic mechanism answers a malformed Basic header (bad base64, no colon) with an HTTP
 * 401 page as soon as the identity is needed. On the GraphQL path such a header is set aside
 * before that can happen: the request goes on as anonymous (reads answer as usual), and an editor
 * operation is refused with a GraphQL error that names the problem (see
 * {@link EditorOperationInterceptor}).
 */
@ApplicationScoped
public class BasicHeaderCheck {

    /** Routing-context key holding why the Authorization header was set aside. */
    static final String MALFORMED = "io.briefing.security.malformed-basic";

    private final String path;

    public BasicHeaderCheck(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path) {
        this.path = path;
    }

    void register(@Observes Router router) {
        router.route(path).order(-120).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        String problem = header == null ? null : problem(header);
        if (problem != null) {
            ctx.put(MALFORMED, problem);
            ctx.request().headers().remove(HttpHeaders.AUTHORIZATION);
        }
        ctx.next();
    }

    /** What is wrong with a Basic header, or null when it is well-formed (or not Basic at all). */
    static String problem(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String encoded = header.substring(6).strip();
        if (encoded.isEmpty()) {
            return null; // treated as no credentials
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "bad base64";
        }
        return decoded.indexOf(':') < 0 ? "expected user:password" : null;
    }
}
