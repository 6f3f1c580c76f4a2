package io.briefing.api.http;

import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Response cache, HTTP caching and automatic persisted queries of the GraphQL endpoint (README,
 * "Caching and persisted queries"). The {@code briefing.cache} group of
 * {@link io.briefing.config.BriefingSettings}.
 */
public interface CacheSettings {

    /** Serve repeated anonymous queries from memory (false: every request runs the engine). */
    @WithDefault("true")
    boolean enabled();

    /** Upper bound of the cached response bodies (plus a small per-entry overhead), in bytes. */
    @WithDefault("33554432")
    long maxBytes();

    /** max-age of Cache-Control: public on successful anonymous GET queries, in seconds. */
    @WithDefault("60")
    int maxAge();

    /** Apollo automatic persisted queries. */
    @WithName("persisted-queries")
    Persisted persisted();

    interface Persisted {
        @WithDefault("true")
        boolean enabled();

        /** Upper bound of the stored documents, in bytes (least recently used go first). */
        @WithDefault("4194304")
        long maxBytes();
    }
}
