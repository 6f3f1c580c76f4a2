package io.briefing.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Request keys, ETag matching and the persisted-query protocol, on small in-memory inputs. */
class RequestKeysTest {

    private static String digest(String query) {
        return RequestKeys.documentDigest(query, Parser.parse(query));
    }

    @Test
    void formattingAndCommentsDoNotChangeTheDocumentDigest() {
        assertThat(digest("{ a(x: 1) { b c } }")).isEqualTo(digest("# comment\n{\n  a(x: 1) {\n    b, c\n  }\n}"));
        assertThat(digest("{ a(x: 1) { b c } }")).isNotEqualTo(digest("{ a(x: 2) { b c } }"));
    }

    @Test
    void everyPartOfTheRequestIsInTheKey() {
        String doc = digest("query($q: String) { a(q: $q) }");
        String base = RequestKeys.key(doc, "{\"q\":\"x\"}", null, "1", "application/json");
        assertThat(RequestKeys.key(doc, "{\"q\":\"x\"}", null, "1", "application/json")).isEqualTo(base);
        assertThat(RequestKeys.key(doc, "{\"q\":\"y\"}", null, "1", "application/json")).isNotEqualTo(base);
        assertThat(RequestKeys.key(doc, null, null, "1", "application/json")).isNotEqualTo(base);
        assertThat(RequestKeys.key(doc, "{\"q\":\"x\"}", "Q", "1", "application/json")).isNotEqualTo(base);
        assertThat(RequestKeys.key(doc, "{\"q\":\"x\"}", null, "2", "application/json")).isNotEqualTo(base);
        assertThat(RequestKeys.key(doc, "{\"q\":\"x\"}", null, "1", "application/graphql-response+json")).isNotEqualTo(base);
    }

    @Test
    void ifNoneMatchListsAndWeakTags() {
        assertThat(ResponseCaching.matches("\"a-1\"", "\"a-1\"")).isTrue();
        assertThat(ResponseCaching.matches("\"x\", W/\"a-1\"", "\"a-1\"")).isTrue();
        assertThat(ResponseCaching.matches("*", "\"a-1\"")).isTrue();
        assertThat(ResponseCaching.matches("\"a-2\"", "\"a-1\"")).isFalse();
        assertThat(ResponseCaching.matches(null, "\"a-1\"")).isFalse();
    }

    @Test
    void persistedQueriesFollowApollosProtocol() {
        PersistedQueries store = new PersistedQueries(settings(true));
        String query = "{ __typename }";
        String hash = RequestKeys.sha256(query);
        JsonObject pq = new JsonObject().put("version", 1).put("sha256Hash", hash);
        PersistedQueries.Resolution unknown = store.resolve(pq, null);
        assertThat(unknown.code()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.message()).isEqualTo("PersistedQueryNotFound");
        PersistedQueries.Resolution full = store.resolve(pq, query);
        assertThat(full.refused()).isFalse();
        assertThat(store.resolve(pq, null).refused()).as("not stored before register").isTrue();
        store.register(full);
        assertThat(store.resolve(pq, null).query()).isEqualTo(query);
        assertThat(store.resolve(pq.copy().put("sha256Hash", hash.toUpperCase()), null).query()).isEqualTo(query);
        assertThat(store.resolve(pq, "{ other }").message()).isEqualTo("provided sha does not match query");
        assertThat(store.resolve(pq.copy().put("version", 2), null).status()).isEqualTo(400);
        assertThat(store.resolve("not an object", null).status()).isEqualTo(400);
        assertThat(new PersistedQueries(settings(false)).resolve(pq, null).code()).isEqualTo("PERSISTED_QUERY_NOT_SUPPORTED");
    }

    private static CacheSettings settings(boolean persisted) {
        return new CacheSettings() {
            public boolean enabled() {
                return true;
            }

            public long maxBytes() {
                return 1 << 20;
            }

            public int maxAge() {
                return 60;
            }

            public Persisted persisted() {
                return new Persisted() {
                    public boolean enabled() {
                        return persisted;
                    }

                    public long maxBytes() {
                        return 1 << 20;
                    }
                };
            }
        };
    }
}
