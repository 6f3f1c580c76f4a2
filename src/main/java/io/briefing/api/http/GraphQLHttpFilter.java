package io.briefing.api.http;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserOptions;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.briefing.api.limits.CostInstrumentation;
import io.briefing.api.limits.QueryCost;
import io.briefing.api.limits.QueryLimits;
import io.briefing.config.BriefingSettings;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards the GraphQL endpoint at the HTTP level, following the GraphQL-over-HTTP specification:
 * requests that are not GraphQL (wrong method or content type, malformed JSON, a missing query,
 * variables that are not an object, an oversized body, a mutation over GET, a document that does
 * not parse) get a 4xx status and a GraphQL-shaped error body here, before they reach the engine.
 * Responses get the media type the client negotiated with Accept. It also applies the limits that
 * must come before any engine work: the per-client rate limit, the document's cost
 * ({@link QueryCost}), the Origin of browser mutations, and the execution timeout; and it makes GET
 * safe (operation type from the parsed document, parameters handed to SmallRye exactly as checked).
 * Apollo's automatic persisted queries are resolved here ({@link PersistedQueries}), and, after
 * every check, anonymous queries are answered from the response cache or with 304 when possible
 * ({@link ResponseCaching}).
 */
@ApplicationScoped
public class GraphQLHttpFilter {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";

    private final String path;
    private final long maxBodyBytes;
    private final Instance<GraphQLSchema> schema;
    private final QueryLimits limits;
    private final RateLimit rate;
    private final RateLimiter rateLimiter;
    private final List<String> allowedOrigins;
    private final PersistedQueries persistedQueries;
    private final ResponseCaching caching;

    /** Allowed origins: see {@link BriefingSettings.Http#allowedOrigins()}. */
    public GraphQLHttpFilter(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
            BriefingSettings settings, Instance<GraphQLSchema> schema, PersistedQueries persistedQueries,
            ResponseCaching caching) {
        long maxBodyBytes = settings.http().maxBodyBytes();
        RateLimit rate = settings.http().rateLimit();
        this.persistedQueries = persistedQueries;
        this.caching = caching;
        this.path = path;
        this.maxBodyBytes = maxBodyBytes;
        this.schema = schema;
        this.limits = settings.query();
        this.rate = rate;
        this.rateLimiter = new RateLimiter(rate.requestsPerSecond(), rate.burst(), rate.maxClients());
        this.allowedOrigins = settings.http().allowedOrigins().orElse(List.of()).stream().map(String::strip).toList();
    }

    void register(@Observes Router router) {
        // Runs before the SmallRye GraphQL handler on the same path.
        router.route(path).order(-100).handler(this::checkHeaders);
        router.route(path).order(-99).method(HttpMethod.POST).handler(BodyHandler.create().setBodyLimit(maxBodyBytes)
                .setHandleFileUploads(false)).failureHandler(this::clientGone);
        router.route(path).order(-98).handler(this::checkRequest);
    }

    private void checkHeaders(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (throttled(ctx)) {
            return;
        }
        if (isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            reject(ctx, 405, "Method " + method + " is not allowed on " + path + "; use POST (or GET for queries)");
            return;
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && !acceptsJson(accept)) {
            reject(ctx, 406, "Cannot answer with " + accept + "; accept " + GRAPHQL_RESPONSE_JSON + " or " + JSON);
            return;
        }
        if (method == HttpMethod.POST) {
            String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (!isJson(type)) {
                reject(ctx, 415, type == null ? "A POST request needs Content-Type: application/json"
                        : "Unsupported Content-Type '" + type + "'; send application/json");
                return;
            }
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                try {
                    if (Long.parseLong(length.strip()) > maxBodyBytes) {
                        reject(ctx, 413, "Request body too large: " + length.strip() + " bytes; the limit is " + maxBodyBytes + " bytes");
                        return;
                    }
                } catch (NumberFormatException e) {
                    reject(ctx, 400, "Invalid Content-Length header");
                    return;
                }
            }
        }
        // Media type of the answer: graphql-response+json only when the client asked for it.
        boolean modern = wantsGraphqlResponseJson(ctx);
        ctx.put(GRAPHQL_RESPONSE_JSON, modern);
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() < 300) {
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, (modern ? GRAPHQL_RESPONSE_JSON : JSON) + "; charset=utf-8");
            }
        });
        ctx.next();
    }

    /** A client that hangs up while sending its body is not a server error: drop it quietly. */
    private void clientGone(RoutingContext ctx) {
        if (ctx.failure() instanceof io.vertx.core.http.HttpClosedException || ctx.request().connection() == null
                || ctx.response().closed()) {
            ctx.put(RequestLog.OUTCOME, "client-gone");
            return;
        }
        if (ctx.statusCode() == 413) {
            // A body without Content-Length that grew past the limit while streaming in.
            reject(ctx, 413, "Request body too large; the limit is " + maxBodyBytes + " bytes");
            return;
        }
        ctx.next();
    }

    private void checkRequest(RoutingContext ctx) {
        if (isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        String query;
        Object variables;
        Object operationName;
        PersistedQueries.Resolution persisted = null;
        // A POST that sent only a persisted query's hash: the body SmallRye reads must carry the stored
        // document. Built only when the request goes on to the engine (not for a cache hit or 304).
        JsonObject hashOnlyPost = null;
        boolean get = ctx.request().method() == HttpMethod.GET;
        if (!get) {
            Buffer body = ctx.body().buffer();
            if (body == null || body.length() == 0) {
                reject(ctx, 400, "The request body is empty; send {\"query\": \"...\"}");
                return;
            }
            Object parsed;
            try {
                parsed = body.toJson();
            } catch (DecodeException e) {
                reject(ctx, 400, "The request body is not valid JSON");
                return;
            }
            if (!(parsed instanceof JsonObject request)) {
                reject(ctx, 400, "The request body must be a JSON object with a 'query' string");
                return;
            }
            Object q = request.getValue("query");
            Object extensions = request.getValue("extensions");
            if (extensions != null && !(extensions instanceof JsonObject)) {
                reject(ctx, 400, "'extensions' must be a JSON object");
                return;
            }
            Object persistedQuery = extensions == null ? null : ((JsonObject) extensions).getValue("persistedQuery");
            if (persistedQuery != null && (q == null || q instanceof String)) {
                persisted = persistedQueries.resolve(persistedQuery, (String) q);
                if (persisted.refused()) {
                    rejectPersisted(ctx, persisted);
                    return;
                }
                if (q == null) {
                    hashOnlyPost = request;
                }
                q = persisted.query();
            }
            if (!(q instanceof String s) || s.isBlank()) {
                reject(ctx, 400, q == null ? "The request has no 'query'" : "'query' must be a non-empty string");
                return;
            }
            query = s;
            variables = request.getValue("variables");
            operationName = request.getValue("operationName");
        } else {
            GetParameters params;
            try {
                params = GetParameters.of(ctx.request());
            } catch (GetParameters.Invalid e) {
                reject(ctx, 400, e.getMessage());
                return;
            }
            query = params.query();
            Object persistedQuery = params.extensions() == null ? null : params.extensions().getValue("persistedQuery");
            if (persistedQuery != null) {
                persisted = persistedQueries.resolve(persistedQuery, query);
                if (persisted.refused()) {
                    rejectPersisted(ctx, persisted);
                    return;
                }
                query = persisted.query(); // handed to SmallRye in prepareGet
            }
            if (query == null || query.isBlank()) {
                reject(ctx, 400, "A GET request needs a 'query' parameter");
                return;
            }
            String vars = params.variables();
            try {
                variables = vars == null || vars.isBlank() ? null : Buffer.buffer(vars).toJson();
            } catch (DecodeException e) {
                reject(ctx, 400, "The 'variables' parameter is not valid JSON");
                return;
            }
            operationName = params.operationName();
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            reject(ctx, 400, "'variables' must be a JSON object (or null)");
            return;
        }
        if (operationName != null && !(operationName instanceof String)) {
            reject(ctx, 400, "'operationName' must be a string (or null)");
            return;
        }
        ctx.put(RequestLog.OPERATION_NAME, operationName);
        Document document;
        try {
            document = parse(query);
        } catch (InvalidSyntaxException e) {
            // The spec asks for 400 with graphql-response+json and 200 for legacy application/json clients.
            boolean modern = Boolean.TRUE.equals(ctx.get(GRAPHQL_RESPONSE_JSON));
            reject(ctx, modern ? 400 : 200, "Syntax error in the GraphQL document: " + RequestLog.abbreviate(String.valueOf(e.getMessage()), 300));
            return;
        } catch (RuntimeException e) {
            reject(ctx, 400, "The GraphQL document could not be parsed");
            return;
        }
        OperationDefinition operation = selectOperation(document, (String) operationName);
        ctx.put(RequestLog.OPERATION_TYPE, operation == null ? "unknown" : operation.getOperation().name().toLowerCase(Locale.ROOT));
        // Cost before anything else works on the document: a fragment-spread bomb is refused here in
        // microseconds, before validation and before SmallRye expands any spread.
        QueryCost.Verdict cost = QueryCost.check(document, operation,
                variables == null ? null : ((JsonObject) variables).getMap(), limits);
        if (cost.refused()) {
            boolean modern = Boolean.TRUE.equals(ctx.get(GRAPHQL_RESPONSE_JSON));
            reject(ctx, modern ? 400 : 200, CostInstrumentation.CODE, cost.refusal());
            return;
        }
        if (Boolean.TRUE.equals(ctx.get(GRAPHQL_RESPONSE_JSON)) && schema.isResolvable()) {
            // graphql-response+json clients get 400 for documents that fail validation (spec 6.4.2).
            List<ValidationError> invalid = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH);
            if (!invalid.isEmpty()) {
                reject(ctx, 400, RequestLog.abbreviate(invalid.get(0).getMessage(), 300));
                return;
            }
        }
        if (operation == null && operationName != null && !((String) operationName).isEmpty()) {
            // graphql-java would echo the whole name back (a 200 KB name came back whole): answer here, abbreviated.
            reject(ctx, 400, "No operation named '" + RequestLog.abbreviate((String) operationName) + "' in the document");
            return;
        }
        if (get && isMutation(document, operation)) {
            // GET is for queries only, decided on the parsed document (the operation that would run,
            // chosen by operationName), never on the raw text.
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            reject(ctx, 405, "Mutations are not allowed over GET; use POST");
            return;
        }
        if (!get && isMutation(document, operation) && foreignOrigin(ctx)) {
            reject(ctx, 403, "forbidden-origin", "Mutations from the origin " + RequestLog.abbreviate(ctx.request().getHeader(HttpHeaders.ORIGIN))
                    + " are not allowed; allowed: this service's own origin and briefing.http.allowed-origins");
            return;
        }
        // Only documents that passed every check above are remembered for their hash.
        persistedQueries.register(persisted);
        // Last: a cached answer (or 304) never bypasses the checks above.
        if (caching.answer(ctx, query, document, operation, variables, (String) operationName,
                Boolean.TRUE.equals(ctx.get(GRAPHQL_RESPONSE_JSON)))) {
            return;
        }
        // On to the engine: hand SmallRye exactly the document checked here.
        if (get) {
            prepareGet(ctx, document, operation, query);
        } else if (hashOnlyPost != null) {
            ((io.vertx.ext.web.impl.RoutingContextInternal) ctx).setBody(Buffer.buffer(hashOnlyPost.copy().put("query", query).encode()));
        }
        if (!isMutation(document, operation)) {
            startTimeout(ctx); // mutations run to completion: a timeout answer for a write that still commits would mislead
        }
        ctx.next();
    }

    /** Persisted-query errors as Apollo clients expect them; a miss must not be cached by anyone. */
    private static void rejectPersisted(RoutingContext ctx, PersistedQueries.Resolution persisted) {
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache, must-revalidate");
        reject(ctx, persisted.status(), persisted.code(), persisted.message());
    }

    /**
     * SmallRye URL-decodes the GET parameters a second time and takes operationName from the query
     * text; so that the engine runs exactly the document checked here (the client's, or the stored
     * one a persisted query's hash named), the parameters are re-encoded once, and a document with
     * several operations is reduced to the chosen one (and the fragments it uses) instead of passing
     * operationName on. Only for requests that reach the engine: a cache hit or 304 never pays for
     * the second decoding and the re-encoding.
     */
    private static void prepareGet(RoutingContext ctx, Document document, OperationDefinition operation, String query) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        io.vertx.core.MultiMap params = ctx.queryParams();
        if (operation != null && operations.size() > 1) {
            query = graphql.language.AstPrinter.printAst(OperationSelection.only(document, operation));
        }
        params.set("query", encode(query));
        params.remove("operationName");
        for (String name : List.of("variables", "extensions")) {
            String value = params.get(name);
            if (value != null) {
                params.set(name, encode(value));
            }
        }
    }

    /** The chosen operation is a mutation, or none can be chosen and the document holds one. */
    private static boolean isMutation(Document document, OperationDefinition operation) {
        return operation == null
                ? document.getDefinitionsOfType(OperationDefinition.class).stream().anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION)
                : operation.getOperation() == OperationDefinition.Operation.MUTATION;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The operation that runs: the one named, or the only one; null when the engine would report an error. */
    private static OperationDefinition selectOperation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(op -> operationName.equals(op.getName())).findFirst().orElse(null);
    }

    /**
     * Requests are limited per client address: over the limit, HTTP 429 with Retry-After and a
     * GraphQL error body. Requests with credentials count too: credentials are only verified later,
     * for mutations, so exempting any Authorization header would let anyone bypass the limit by
     * sending one. Loopback is exempt by default, so local tools, the test suite and the benchmark
     * are never throttled. Behind a reverse proxy, enable quarkus.http.proxy.proxy-address-forwarding
     * so that the client's address is the one counted.
     */
    private boolean throttled(RoutingContext ctx) {
        if (!rate.enabled()) {
            return false;
        }
        var address = ctx.request().remoteAddress();
        String client = address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
        if (rate.exemptLoopback() && isLoopback(client)) {
            return false;
        }
        long waitNanos = rateLimiter.acquire(client, System.nanoTime());
        if (waitNanos == 0) {
            return false;
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        reject(ctx, 429, "rate-limited", "Too many requests from this client; retry after " + seconds + " s");
        return true;
    }

    static boolean isLoopback(String host) {
        return host.startsWith("127.") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * Answers HTTP 503 (code "timeout") if the engine has not answered within briefing.query.timeout.
     * The engine stops resolving fields past the same deadline (CostInstrumentation). The timer runs
     * on the event loop, which expensive resolvers no longer occupy (they run on worker threads).
     */
    private void startTimeout(RoutingContext ctx) {
        long millis = Math.max(1, limits.timeout().toMillis());
        long timer = ctx.vertx().setTimer(millis, id -> {
            if (!ctx.response().ended() && !ctx.response().headWritten()) {
                ctx.put(RequestLog.OUTCOME, "timeout");
                reject(ctx, 503, "timeout", "The request ran longer than " + millis + " ms and was stopped; ask for less in one request");
            }
        });
        // Body end, not end: SmallRye replaces the response end handler that runs context end handlers.
        ctx.addBodyEndHandler(done -> ctx.vertx().cancelTimer(timer));
        ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
    }

    /**
     * Parsed documents are immutable; clients send the same few queries again and again, so a small
     * cache keeps this check off the hot path. It is cleared wholesale when full (no unbounded growth).
     */
    private final BoundedMemo<Document> parsed = new BoundedMemo<>(512, 4096);

    private Document parse(String query) {
        Document cached = parsed.get(query);
        if (cached != null) {
            return cached;
        }
        Document document = Parser.parse(new graphql.parser.ParserEnvironment.Builder()
                .document(query).parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        parsed.put(query, document);
        return document;
    }

    /**
     * application/json, with or without parameters (a charset must be utf-8), and nothing else.
     * GraphiQL's fetcher sends the header twice, which arrives joined as
     * "application/json, application/json": a list is accepted only when every element is itself
     * application/json. Anything looser lets a browser send JSON cross-site without a CORS preflight:
     * "text/plain;,application/json" is text/plain to the browser (a "simple" request) and used to pass.
     */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        for (String element : contentType.split(",", -1)) {
            if (!isJsonMediaType(element)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private static boolean isJsonMediaType(String element) {
        String[] parts = element.split(";", -1);
        if (!parts[0].strip().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int eq = parameter.indexOf('=');
            if (eq <= 0 || !TOKEN.matcher(parameter.substring(0, eq).strip()).matches()) {
                return false;
            }
            String name = parameter.substring(0, eq).strip();
            String value = parameter.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            } else if (!TOKEN.matcher(value).matches()) {
                return false;
            }
            if (name.equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A mutation sent by a browser from another site is refused: its Origin must be the service's own
     * (scheme://host[:port] as the request reached us) or listed in briefing.http.allowed-origins.
     * Requests without Origin are not from a browser page (curl, SDKs, servers) and pass.
     */
    private boolean foreignOrigin(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String own = ctx.request().scheme() + "://" + ctx.request().getHeader(HttpHeaders.HOST);
        if (origin.equalsIgnoreCase(own)) {
            return false;
        }
        return allowedOrigins.stream().noneMatch(o -> o.equalsIgnoreCase(origin));
    }

    private static boolean acceptsJson(String accept) {
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String type = part.split(";")[0].strip();
            if (type.equals(JSON) || type.equals(GRAPHQL_RESPONSE_JSON) || type.equals("*/*") || type.equals("application/*")
                    || type.equals("text/html") || type.equals("text/event-stream") || type.equals("multipart/mixed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean wantsGraphqlResponseJson(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(GRAPHQL_RESPONSE_JSON);
    }

    private static boolean isWebSocketUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    /** A GraphQL-shaped error body with an HTTP status, in the media type the client accepts. */
    static void reject(RoutingContext ctx, int status, String message) {
        reject(ctx, status, status == 413 ? "request-too-large" : status == 200 ? "syntax-error" : "bad-request", message);
    }

    static void reject(RoutingContext ctx, int status, String code, String message) {
        boolean modern = wantsGraphqlResponseJson(ctx);
        if (!"timeout".equals(ctx.get(RequestLog.OUTCOME))) {
            ctx.put(RequestLog.OUTCOME, "rejected");
        }
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code))));
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, (modern ? GRAPHQL_RESPONSE_JSON : JSON) + "; charset=utf-8")
                .end(body.encode());
    }
}
