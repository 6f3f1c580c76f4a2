package io.briefing.api.limits;

import io.smallrye.config.WithDefault;
import java.util.Set;

/**
 * Limits on what one GraphQL document may ask the engine to do, checked by {@link QueryCost} before
 * execution (README, "HTTP behaviour and limits"). The {@code briefing.query} group of
 * {@link io.briefing.config.BriefingSettings}.
 */
public interface QueryLimits {

    /** Deepest field nesting after expanding fragments (introspection documents have their own limit). */
    @WithDefault("12")
    int maxDepth();

    /** Total cost: one per field after expanding fragments, expensive fields at their own cost, connections times their page size. */
    @WithDefault("2000")
    long maxCost();

    /** Fragment spreads after expansion (a spread inside a fragment spread twice counts twice). */
    @WithDefault("500")
    long maxFragmentSpreads();

    /** Briefings per document (each alias is one). */
    @WithDefault("10")
    long maxBriefings();

    /** What one briefing costs against {@link #maxCost()}. */
    @WithDefault("50")
    long briefingCost();

    /** Fields that compute a briefing: they cost {@link #briefingCost()} and count against {@link #maxBriefings()}. */
    @WithDefault("briefing,briefingUpdated")
    Set<String> expensiveFields();

    /** Connection fields whose items are weighed by the page size even when the client gives no {@code first}. */
    @WithDefault("evidence,articles")
    Set<String> pagedFields();

    /** The page size a connection returns when {@code first} is omitted: briefing.paging.default-size unless set. */
    @WithDefault("${briefing.paging.default-size}")
    int defaultPageSize();

    /** The largest page a connection returns: briefing.paging.max-size unless set. */
    @WithDefault("${briefing.paging.max-size}")
    int maxPageSize();

    /**
     * How long one request may execute. Over HTTP the client then gets HTTP 503 with
     * {@code extensions.code = "timeout"}; inside the engine no further field is resolved after it.
     */
    @WithDefault("10s")
    java.time.Duration timeout();

    /** The rule for documents that only ask for __schema, __type and __typename. */
    Introspection introspection();

    interface Introspection {
        /** GraphiQL's query is 15 levels deep, Apollo's and graphql-js's (with inputValueDeprecation) up to 15; 20 is graphql-java's good-faith bound. */
        @WithDefault("20")
        int maxDepth();

        /** Fields after expanding fragments; the standard clients' queries need about 200. */
        @WithDefault("1000")
        long maxCost();
    }
}
