package io.briefing.config;

import io.briefing.api.http.CacheSettings;
import io.briefing.api.http.RateLimit;
import io.briefing.api.limits.QueryLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code briefing.*} setting of the service, with its default, in one place. Each group is
 * injected where it is used ({@code settings.paging()}, {@code settings.query()}, ...). Any key can
 * be set in application.properties, as {@code -Dbriefing.x.y=...} or as an environment variable
 * ({@code BRIEFING_X_Y}); application.properties only holds values that differ from these defaults
 * (per profile) and the comments on why.
 * <p>
 * A {@code @ConfigMapping} owns its whole prefix, so there is one mapping for {@code briefing} and
 * the groups that used to be mappings of their own ({@link QueryLimits}, {@link CacheSettings},
 * {@link RateLimit}) are groups of it. A new {@code briefing.*} key belongs here.
 */
@ConfigMapping(prefix = "briefing")
public interface BriefingSettings {

    /** Cursor pagination of connections (README, "The data"). */
    Paging paging();

    /** Depth, cost and time limits of one GraphQL document. */
    QueryLimits query();

    /** Response cache, HTTP caching and persisted queries. */
    CacheSettings cache();

    /** The GraphQL-over-HTTP guard. */
    Http http();

    /** WebSocket upgrades and idle sockets. */
    WebSocket websocket();

    /** Caps on live subscriptions. */
    Subscriptions subscriptions();

    /** The editor's credential. */
    Editor editor();

    /** The failed-login throttle. */
    Security security();

    /** The single-writer queue every write passes. */
    Writes writes();

    /** Ingestion caps. */
    Ingestion ingestion();

    /** The curated knowledge bases loaded at start-up. */
    Seed seed();

    /** Change-log polling between replicas on one database. */
    Replicas replicas();

    /** Start-up work. */
    Startup startup();

    /** Health checks. */
    Health health();

    interface Paging {
        /** Page size when a connection's {@code first} is omitted. */
        @WithDefault("20")
        int defaultSize();

        /** Largest {@code first} a connection accepts. */
        @WithDefault("100")
        int maxSize();
    }

    interface Http {
        /** Largest POST body, in bytes (a GraphQL error with HTTP 413 beyond it). */
        @WithDefault("262144")
        long maxBodyBytes();

        /**
         * Browser origins (scheme://host[:port]) allowed to post mutations besides the service's own;
         * requests without an Origin header are not browser requests.
         */
        Optional<List<String>> allowedOrigins();

        /** Per-client request rate. */
        RateLimit rateLimit();
    }

    interface WebSocket {
        /** Origins allowed to open WebSockets besides the service's own. */
        Optional<List<String>> allowedOrigins();

        /** A socket that sends no connection_init within this is closed with 4408. */
        @WithDefault("5S")
        Duration initTimeout();

        /** Idle sockets are pinged this often and dropped after three silent intervals. */
        @WithDefault("20S")
        Duration pingInterval();
    }

    interface Subscriptions {
        /** Live subscriptions one WebSocket connection may hold ("limit-exceeded" beyond it). */
        @WithDefault("20")
        int maxPerConnection();

        /** Live subscriptions on the whole server. */
        @WithDefault("1000")
        int maxTotal();
    }

    interface Editor {
        /** Unset (production default) means no mutation is accepted. */
        Optional<String> user();

        /** Set it from the environment (BRIEFING_EDITOR_PASSWORD), never in a file that is shipped. */
        Optional<String> password();
    }

    interface Security {
        /** Failed logins per client within {@link #failedLoginWindow()} before its attempts are refused unchecked. */
        @WithDefault("5")
        int maxFailedLogins();

        /** The window in which failed logins are counted. */
        @WithDefault("60S")
        Duration failedLoginWindow();

        /** Clients whose failed logins are remembered at once (the oldest are forgotten first). */
        @WithDefault("10000")
        int maxTrackedClients();
    }

    interface Writes {
        /** Writes admitted at once (running + waiting); beyond it, "busy". */
        @WithDefault("16")
        int queueSize();

        /** Longest wait for the writer's turn before "busy". */
        @WithDefault("30S")
        Duration queueWait();

        /** Timeout of each write's transaction (at least one second). */
        @WithDefault("30S")
        Duration transactionTimeout();
    }

    interface Ingestion {
        /** Candidate evidence proposed per ingested article (the most important are kept). */
        @WithDefault("100")
        int maxCandidatesPerArticle();

        /** Total article text the service stores, in characters ("limit-exceeded" beyond it). */
        @WithDefault("10000000")
        long maxTotalText();

        /** CANDIDATE actors (people, organisations, places) proposed per ingested article, at most. */
        @WithDefault("40")
        int maxCandidateActorsPerArticle();

        /** CANDIDATE motives proposed per ingested article, at most. */
        @WithDefault("30")
        int maxCandidateMotivesPerArticle();
    }

    interface Seed {
        /** Classpath resources of the curated knowledge bases (each must be in the native image). */
        @WithDefault("knowledge/putin-pyongyang.json")
        List<String> resources();
    }

    interface Replicas {
        /** How often the change log's latest id is read; 0 turns replica sync off. */
        @WithDefault("250MS")
        Duration syncInterval();
    }

    interface Startup {
        /** Build the snapshot and briefing index in parallel with the HTTP start (false: before it). */
        @WithDefault("true")
        boolean backgroundWarmUp();

        /**
         * The persisted snapshot (io.briefing.snapshot.SnapshotFile), read on a restart instead of
         * loading the knowledge base through Hibernate when the database is unchanged. Unset: beside an
         * H2 file database ({@code <name>.snapshot}), none for other databases; {@code off}: none; else
         * the file's path (a PostgreSQL replica: a file on its own disk).
         */
        Optional<String> snapshotFile();
    }

    interface Health {
        /** How long the liveness check's probe query may take. */
        @WithDefault("3S")
        Duration graphqlTimeout();
    }
}
