package io.briefing.api.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** HTTP-level settings of the GraphQL endpoint (README, "GraphQL over HTTP and limits"). */
@ConfigMapping(prefix = "briefing.http")
public interface HttpLimits {

    /** Largest request body; larger ones get HTTP 413. */
    @WithDefault("262144")
    long maxBodyBytes();

    RateLimit rateLimit();

    /**
     * Origins (scheme://host[:port]) allowed to send mutations from a browser, besides the service's
     * own origin. Requests without an Origin header (curl, servers, SDKs) are not browser requests
     * and are not affected.
     */
    Optional<List<String>> allowedOrigins();

    /** Per-client limit on requests (by client address; credentials are not verified first, so they do not exempt). */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per client. */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests a client may send at once before the sustained rate applies. */
        @WithDefault("200")
        int burst();

        /** Loopback clients (local tools, the benchmark, tests) are not limited unless this is false. */
        @WithDefault("true")
        boolean exemptLoopback();

        /** Clients remembered at once; idle ones are forgotten first. */
        @WithDefault("100000")
        int maxClients();
    }
}
