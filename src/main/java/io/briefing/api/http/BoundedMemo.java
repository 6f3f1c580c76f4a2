package io.briefing.api.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A small memo of values by text key (a query, a URL): clients send the same few again and again.
 * Cleared wholesale when full, and long keys are never kept, so it cannot grow without bound.
 */
final class BoundedMemo<V> {

    private final int maxEntries;
    private final int maxKeyLength;
    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();

    BoundedMemo(int maxEntries, int maxKeyLength) {
        this.maxEntries = maxEntries;
        this.maxKeyLength = maxKeyLength;
    }

    /** The value kept for a key, or null. */
    V get(String key) {
        return values.get(key);
    }

    /** Keeps a value, unless its key is too long to be worth keeping. */
    void put(String key, V value) {
        if (key.length() <= maxKeyLength) {
            if (values.size() >= maxEntries) {
                values.clear();
            }
            values.put(key, value);
        }
    }
}
