package io.briefing.api.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * The GraphQL parameters of a GET request, decoded from the URL, with {@code extensions} parsed.
 * A persisted query's GET is the same short URL again and again, and decoding it (Netty's query
 * string decoder) and parsing its {@code extensions} JSON cost as much as the rest of a cached answer
 * together; so the result is remembered by the raw query string, which determines it. Only
 * well-formed {@code extensions} are remembered (malformed ones are decoded again and refused each
 * time); the memo is small and cleared wholesale when full, like the filter's parsed documents.
 *
 * @param query the {@code query} parameter, or null
 * @param extensions the {@code extensions} parameter parsed, or null when absent or blank; shared
 *        between requests with the same URL: read it, never change it
 * @param variables the {@code variables} parameter as sent (parsed per request), or null
 * @param operationName the {@code operationName} parameter, or null
 */
record GetParameters(String query, JsonObject extensions, String variables, String operationName) {

    /** Decoded parameters by raw query string (URLs of up to 2 KB). */
    private static final BoundedMemo<GetParameters> MEMO = new BoundedMemo<>(512, 2048);

    /** Thrown when {@code extensions} is not JSON or not a JSON object; the message is the client's error. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static GetParameters of(HttpServerRequest request) throws Invalid {
        String raw = request.query();
        GetParameters known = raw == null ? null : MEMO.get(raw);
        if (known != null) {
            return known;
        }
        String ext = request.getParam("extensions");
        JsonObject extensions = null;
        if (ext != null && !ext.isBlank()) {
            Object parsed;
            try {
                parsed = Buffer.buffer(ext).toJson();
            } catch (DecodeException e) {
                throw new Invalid("The 'extensions' parameter is not valid JSON");
            }
            if (!(parsed instanceof JsonObject object)) {
                throw new Invalid("'extensions' must be a JSON object");
            }
            extensions = object;
        }
        GetParameters decoded = new GetParameters(request.getParam("query"), extensions, request.getParam("variables"),
                request.getParam("operationName"));
        if (raw != null) {
            MEMO.put(raw, decoded);
        }
        return decoded;
    }
}
