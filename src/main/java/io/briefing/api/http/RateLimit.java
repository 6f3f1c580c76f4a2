package io.briefing.api.http;

import io.smallrye.config.WithDefault;

/**
 * Per-client request limit of the GraphQL endpoint (README, "GraphQL over HTTP and limits"): the
 * {@code briefing.http.rate-limit} group of {@link io.briefing.config.BriefingSettings}.
 */
public interface RateLimit {

    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second per client address. */
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
