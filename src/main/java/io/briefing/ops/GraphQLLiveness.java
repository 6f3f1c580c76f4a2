package io.briefing.ops;

import io.briefing.config.BriefingSettings;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive only if the service answers GraphQL: the check posts {@code { __typename }} to its own
 * endpoint over loopback, through the HTTP server, the GraphQL filter and the engine, with a short
 * timeout. A process whose engine no longer answers (after an OutOfMemoryError killed a Vert.x
 * thread, say) is reported DOWN, so a supervisor restarts it; before, liveness said UP throughout.
 */
@Liveness
@ApplicationScoped
public class GraphQLLiveness implements HealthCheck {

    private final String path;
    private final Duration timeout;
    private final HttpClient client;

    public GraphQLLiveness(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
            BriefingSettings settings) {
        this.path = path;
        this.timeout = settings.health().graphqlTimeout();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("GraphQL endpoint");
        URI uri = URI.create("http://" + host() + ":" + port() + path);
        long started = System.nanoTime();
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    // Through the engine every time: a cached answer would not prove the GraphQL path works.
                    .header("Cache-Control", "no-cache")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"query LivenessProbe { __typename }\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean up = answer.statusCode() == 200 && answer.body().contains("\"__typename\"");
            return response.status(up).withData("status", answer.statusCode())
                    .withData("ms", (System.nanoTime() - started) / 1_000_000).build();
        } catch (java.io.IOException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }

    private static int port() {
        var config = ConfigProvider.getConfig();
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return config.getOptionalValue(key, Integer.class).orElse(LaunchMode.current() == LaunchMode.TEST ? 8081 : 8080);
    }

    private static String host() {
        String host = ConfigProvider.getConfig().getOptionalValue("quarkus.http.host", String.class).orElse("localhost");
        return host.equals("0.0.0.0") || host.equals("localhost") || host.equals("::") ? "127.0.0.1" : host;
    }
}
