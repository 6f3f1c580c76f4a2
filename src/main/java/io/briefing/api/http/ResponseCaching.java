package io.briefing.api.http;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.netty.buffer.Unpooled;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * The response cache and HTTP caching of anonymous GraphQL queries, called by
 * {@link GraphQLHttpFilter} once a request has passed every other check (media type, method,
 * Origin, rate limit, cost analysis), so a cached answer is never a way around them.
 * <ul>
 * <li>Only queries without an Authorization header take part. Mutations, subscriptions and every
 * request of an editor are answered with {@code Cache-Control: no-store} and never read or fill the
 * cache.</li>
 * <li>A hit is answered here, on the event loop, without SmallRye or graphql-java. A miss runs the
 * engine; {@link #afterExecute} (called by the engine hooks) serialises the result exactly as
 * SmallRye does and stores it when it has no GraphQL error and the timeout has not answered 503.</li>
 * <li>GET answers without errors carry an {@code ETag} (snapshot generation, with the generation of the search index briefings read while a newer one is built, and request key) and
 * {@code Cache-Control: public, max-age=N}; a matching {@code If-None-Match} gets 304. Answers
 * with errors get {@code no-store}.</li>
 * </ul>
 * A request with {@code Cache-Control: no-cache} or {@code no-store} (the liveness probe, the
 * benchmark's cold path) neither reads nor fills the cache.
 */
@ApplicationScoped
public class ResponseCaching {

    static final String KEY = "briefing.cache.key";
    /** {@link Pending}: the engine's answer is to be stored under this key (a cacheable miss). */
    static final String CAPTURE = "briefing.cache.capture";
    /** Boolean: the answer has no GraphQL error (engine result, cache hit or 304). */
    static final String CLEAN = "briefing.cache.clean";
    /** "hit", "miss", "not-modified": for the request log. */
    static final String RESULT = "briefing.cache.result";

    private record Lookup(ArcContainer container, CurrentVertxRequest request) {
    }

    private static volatile Lookup currentRequest;

    private final CacheSettings settings;
    private final ResponseCache cache;
    private final KnowledgeSnapshots snapshots;
    private final String publicCacheControl;
    /**
     * Generations restart at 1 with the process, over a knowledge base editors may have changed: a
     * tag from before a restart must never match after it, so every tag carries this process's start.
     */
    private final String boot = Long.toString(System.currentTimeMillis(), 36);

    public ResponseCaching(io.briefing.config.BriefingSettings briefingSettings, ResponseCache cache, KnowledgeSnapshots snapshots) {
        CacheSettings settings = briefingSettings.cache();
        this.settings = settings;
        this.cache = cache;
        this.snapshots = snapshots;
        this.publicCacheControl = "public, max-age=" + Math.max(0, settings.maxAge());
    }

    /**
     * @return true when the request was answered here (a cache hit or 304 Not Modified)
     */
    boolean answer(RoutingContext ctx, String query, Document document, OperationDefinition operation, Object variables,
            String operationName, boolean graphqlResponseJson) {
        boolean editor = ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (editor || operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store"));
            return false;
        }
        boolean get = ctx.request().method() == HttpMethod.GET;
        String media = graphqlResponseJson ? GraphQLHttpFilter.GRAPHQL_RESPONSE_JSON : GraphQLHttpFilter.JSON;
        // What answers are made of: while the newest snapshot's search index is still being built,
        // briefings read the one before, and what they answer must not be kept (or tagged) as made of
        // the newer snapshot alone.
        String version = snapshots.answeringVersion();
        String key = RequestKeys.key(RequestKeys.documentDigest(query, document),
                variables == null ? null : ((JsonObject) variables).encode(), operationName, version, media);
        String etag = "\"" + boot + "-" + version + "-" + key.substring(0, 32) + "\"";
        ctx.put(KEY, key);
        ctx.addHeadersEndHandler(v -> {
            HttpServerResponse response = ctx.response();
            int status = response.getStatusCode();
            if ((status == 200 || status == 304) && Boolean.TRUE.equals(ctx.get(CLEAN))) {
                if (get) {
                    response.headers().set(HttpHeaders.ETAG, etag).set(HttpHeaders.CACHE_CONTROL, publicCacheControl)
                            .set(HttpHeaders.VARY, "Accept, Authorization");
                }
            } else {
                response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        if (get && matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            ctx.put(CLEAN, true);
            ctx.put(RESULT, "not-modified");
            ctx.response().setStatusCode(304).end();
            return true;
        }
        if (!settings.enabled() || noCache(ctx)) {
            return false;
        }
        ResponseCache.Entry hit = cache.get(key);
        if (hit != null) {
            ctx.put(CLEAN, true);
            ctx.put(RESULT, "hit");
            // One read-only view of the shared bytes per response: no copy.
            ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType())
                    .end(Buffer.buffer(Unpooled.wrappedBuffer(hit.body())));
            return true;
        }
        ctx.put(RESULT, "miss");
        ctx.put(CAPTURE, new Pending(this, key, media + "; charset=utf-8"));
        return false;
    }

    /** Where a miss's answer goes once the engine has produced it. */
    private record Pending(ResponseCaching caching, String key, String contentType) {
    }

    /** If-None-Match lists our tag (weak comparison, as RFC 9110 asks for this header), or is "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }

    private static boolean noCache(RoutingContext ctx) {
        String control = ctx.request().getHeader(HttpHeaders.CACHE_CONTROL);
        return control != null && (control.contains("no-cache") || control.contains("no-store"));
    }

    /**
     * Called by the engine hooks after each execution, before SmallRye writes the answer: marks an
     * answer without errors, and for a cacheable miss serialises it the way SmallRye does (same
     * class, same added extensions), so a hit sends the same bytes.
     */
    public static void afterExecute(io.smallrye.graphql.api.Context context) {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive() || !(context instanceof SmallRyeContext smallRye)) {
            return;
        }
        Lookup lookup = currentRequest;
        if (lookup == null || lookup.container() != arc) {
            // A client proxy: valid for every request of this container (tests restart the application in one JVM).
            lookup = new Lookup(arc, arc.instance(CurrentVertxRequest.class).get());
            currentRequest = lookup;
        }
        RoutingContext ctx = lookup.request().getCurrent();
        if (ctx == null || ctx.get(KEY) == null) {
            return;
        }
        ExecutionResult result = smallRye.unwrap(ExecutionResult.class);
        if (result == null || !result.getErrors().isEmpty() || !result.isDataPresent()) {
            return;
        }
        ctx.put(CLEAN, true);
        Pending pending = ctx.get(CAPTURE);
        // Stored before SmallRye writes the same answer (so the next request already finds it), unless
        // the timeout has answered 503 meanwhile.
        if (pending != null && !ctx.response().ended() && !ctx.response().headWritten()) {
            byte[] body = new ExecutionResponse(result, smallRye.getAddedExtensions()).getExecutionResultAsString()
                    .getBytes(StandardCharsets.UTF_8);
            pending.caching().cache.put(pending.key(), new ResponseCache.Entry(body, pending.contentType()));
        }
    }
}
