package io.briefing.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Serialised GraphQL responses of anonymous queries, by request key (see {@link RequestKeys}). The
 * key contains the knowledge-snapshot generation, so a published change makes every older entry
 * unreachable at once; unreachable entries are never read again and age out under the byte bound
 * (Caffeine's size-based eviction with a weigher: body bytes plus a fixed per-entry overhead).
 * Metrics: briefing.cache.hits, .misses, .evictions (counters), .bytes and .entries (gauges).
 */
@ApplicationScoped
public class ResponseCache {

    /** A response as it was sent: the body bytes (UTF-8 JSON) and the media type it was sent as. */
    public record Entry(byte[] body, String contentType) {
    }

    /** Key (64 hex digits), the record and Caffeine's node, roughly. */
    static final int ENTRY_OVERHEAD = 200;

    private final Cache<String, Entry> cache;
    private final Counter hits;
    private final Counter misses;
    private final Counter evictions;

    public ResponseCache(io.briefing.config.BriefingSettings briefingSettings, MeterRegistry meters) {
        CacheSettings settings = briefingSettings.cache();
        this.hits = Counter.builder("briefing.cache.hits").description("GraphQL responses served from the response cache").register(meters);
        this.misses = Counter.builder("briefing.cache.misses").description("Cacheable GraphQL requests that ran the engine").register(meters);
        this.evictions = Counter.builder("briefing.cache.evictions").description("Responses evicted to stay under briefing.cache.max-bytes").register(meters);
        this.cache = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, settings.maxBytes()))
                .weigher((String key, Entry e) -> e.body().length + ENTRY_OVERHEAD)
                .removalListener((String key, Entry e, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        evictions.increment();
                    }
                })
                // Removal callbacks on the calling thread: no ForkJoinPool task per eviction.
                .executor(Runnable::run)
                .build();
        Gauge.builder("briefing.cache.bytes", this, ResponseCache::weightedSize).description("Bytes held by the response cache")
                .baseUnit("bytes").register(meters);
        Gauge.builder("briefing.cache.entries", cache, c -> c.estimatedSize()).description("Responses held by the response cache")
                .register(meters);
    }

    /** The cached response, counting a hit or a miss. */
    public Entry get(String key) {
        Entry entry = cache.getIfPresent(key);
        (entry == null ? misses : hits).increment();
        return entry;
    }

    public void put(String key, Entry entry) {
        cache.put(key, entry);
    }

    public long weightedSize() {
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** Drops every entry (tests, and an operator's last resort; a new generation already hides old ones). */
    public void clear() {
        cache.invalidateAll();
    }
}
