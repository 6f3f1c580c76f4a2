package io.briefing.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Apollo's automatic persisted queries (APQ): a client sends only
 * {@code extensions.persistedQuery.sha256Hash} (version 1), so a repeated briefing is a short GET
 * URL. An unknown hash is answered with the error Apollo clients expect (message
 * {@code PersistedQueryNotFound}, {@code extensions.code = "PERSISTED_QUERY_NOT_FOUND"}); the client
 * then sends the full query with the hash, which is checked (a mismatch is refused) and stored. The
 * store is bounded by bytes, least recently used documents going first.
 */
@ApplicationScoped
public class PersistedQueries {

    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    static final String NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED";

    /** What the filter does with a request that carries extensions.persistedQuery. */
    public record Resolution(String query, String registerAs, int status, String code, String message) {

        static Resolution ok(String query, String registerAs) {
            return new Resolution(query, registerAs, 200, null, null);
        }

        static Resolution error(int status, String code, String message) {
            return new Resolution(null, null, status, code, message);
        }

        public boolean refused() {
            return code != null;
        }
    }

    private final boolean enabled;
    private final Cache<String, String> store;

    @jakarta.inject.Inject
    public PersistedQueries(io.briefing.config.BriefingSettings settings) {
        this(settings.cache());
    }

    PersistedQueries(CacheSettings settings) {
        this.enabled = settings.persisted().enabled();
        this.store = Caffeine.newBuilder().maximumWeight(Math.max(0, settings.persisted().maxBytes()))
                .weigher((String hash, String query) -> 2 * query.length() + 64 + ResponseCache.ENTRY_OVERHEAD)
                .executor(Runnable::run).build();
    }

    /**
     * @param persistedQuery the extensions.persistedQuery object the client sent
     * @param query the query text the client sent with it, or null
     */
    public Resolution resolve(Object persistedQuery, String query) {
        if (!(persistedQuery instanceof JsonObject pq)) {
            return Resolution.error(400, "bad-request", "'extensions.persistedQuery' must be an object with version and sha256Hash");
        }
        if (!enabled) {
            return Resolution.error(200, NOT_SUPPORTED, "PersistedQueryNotSupported");
        }
        Object version = pq.getValue("version");
        if (!(version instanceof Number n) || n.doubleValue() != 1) {
            return Resolution.error(400, "bad-request", "Unsupported persisted query version; only version 1 is supported");
        }
        Object hashValue = pq.getValue("sha256Hash");
        if (!(hashValue instanceof String h) || !isSha256Hex(h)) {
            return Resolution.error(400, "bad-request", "'extensions.persistedQuery.sha256Hash' must be 64 hexadecimal digits");
        }
        String hash = h.toLowerCase(Locale.ROOT);
        if (query == null || query.isEmpty()) {
            String stored = store.getIfPresent(hash);
            return stored == null ? Resolution.error(200, NOT_FOUND, "PersistedQueryNotFound") : Resolution.ok(stored, null);
        }
        if (!RequestKeys.sha256(query).equals(hash)) {
            return Resolution.error(400, "bad-request", "provided sha does not match query");
        }
        return Resolution.ok(query, hash);
    }

    /** 64 hexadecimal digits, checked without a regular expression (String.matches compiles one per call). */
    static boolean isSha256Hex(String hash) {
        if (hash.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = hash.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /** Stores a document whose hash was checked, once the request passed every other check too. */
    public void register(Resolution resolution) {
        if (resolution != null && resolution.registerAs() != null) {
            store.put(resolution.registerAs(), resolution.query());
        }
    }

    /** Documents stored (tests). */
    public long size() {
        store.cleanUp();
        return store.estimatedSize();
    }
}
