package io.briefing.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The response cache of anonymous queries (issue 12.1), observed through HTTP and the metrics. */
@QuarkusTest
public class ResponseCacheTest {

    private static final String BRIEFING = "query($q: String!) { briefing(question: $q) { question points { statement motive { key version } } } }";
    private static final String NK = "What does North Korea want?";

    private static Response post(String query, Map<String, Object> variables, String... header) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        for (int i = 0; i < header.length; i += 2) {
            request = request.header(header[i], header[i + 1]);
        }
        return request.post("/graphql").then().extract().response();
    }

    private static Response asEditor(String query, Map<String, Object> variables) {
        String basic = java.util.Base64.getEncoder().encodeToString((GraphQL.EDITOR + ":" + GraphQL.EDITOR_PASSWORD).getBytes());
        return post(query, variables, "Authorization", "Basic " + basic);
    }

    @Test
    void aRepeatedQueryIsAHitWithTheSameBytes() {
        Map<String, Object> vars = Map.of("q", NK + " (repeat)");
        Response first = post(BRIEFING, vars);
        double hits = CacheMetrics.hits();
        double misses = CacheMetrics.misses();
        Response second = post(BRIEFING, vars);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.contentType()).startsWith("application/json");
        assertThat(CacheMetrics.hits()).isEqualTo(hits + 1);
        assertThat(CacheMetrics.misses()).isEqualTo(misses);
        assertThat(CacheMetrics.value("briefing_cache_bytes")).isGreaterThan(first.asString().length());
        assertThat(CacheMetrics.value("briefing_cache_evictions_total")).isGreaterThanOrEqualTo(0);

        // Formatting and comments do not matter: the normalised document is the key.
        Response reformatted = post("# the same query\nquery($q: String!) {\n  briefing(question: $q) {\n    question\n    points { statement motive { key, version } }\n  }\n}", vars);
        assertThat(reformatted.asString()).isEqualTo(first.asString());
        assertThat(CacheMetrics.hits()).isEqualTo(hits + 2);
    }

    @Test
    void aCachedBriefingChangesAfterACurationMutation() {
        Map<String, Object> vars = Map.of("q", NK);
        post(BRIEFING, vars);
        JsonPath before = post(BRIEFING, vars).jsonPath(); // served from the cache
        Map<String, Object> motive = before.getList("data.briefing.points.motive", Map.class).stream()
                .filter(m -> m != null).findFirst().orElseThrow();
        String key = (String) motive.get("key");
        int version = (Integer) motive.get("version");
        String original = GraphQL.data("query($k: String!) { motive(key: $k) { statement } }", Map.of("k", key)).getString("data.motive.statement");
        String changed = "Pyongyang wants cached answers to change (test " + System.nanoTime() + ").";
        String update = "mutation($k: String!, $v: Int!, $s: String!) { updateMotive(input: {key: $k, version: $v, statement: $s}) { version } }";
        try {
            assertThat(asEditor(update, Map.of("k", key, "v", version, "s", changed)).jsonPath().getInt("data.updateMotive.version")).isEqualTo(version + 1);
            double hits = CacheMetrics.hits();
            JsonPath after = post(BRIEFING, vars).jsonPath();
            assertThat(after.getList("data.briefing.points.statement", String.class)).contains(changed);
            assertThat(CacheMetrics.hits()).as("a new generation makes the old entry unreachable").isEqualTo(hits);
        } finally {
            asEditor(update, Map.of("k", key, "v", version + 1, "s", original));
        }
        assertThat(post(BRIEFING, vars).jsonPath().getList("data.briefing.points.statement", String.class)).doesNotContain(changed).contains(original);
    }

    @Test
    void twoVariableSetsNeverShareAnEntry() {
        String q = "query($q: String!, $n: Int) { briefing(question: $q, maxPoints: $n) { question points { statement } } }";
        Map<String, Object> a = Map.of("q", "What does Russia want?", "n", 2);
        Map<String, Object> b = Map.of("q", "What does Russia want?", "n", 3);
        Map<String, Object> c = Map.of("q", "Why is Washington worried?", "n", 2);
        for (int round = 0; round < 2; round++) {
            assertThat(post(q, a).jsonPath().getList("data.briefing.points")).hasSizeLessThanOrEqualTo(2);
            assertThat(post(q, b).jsonPath().getList("data.briefing.points")).hasSize(3);
            assertThat(post(q, c).jsonPath().getString("data.briefing.question")).isEqualTo("Why is Washington worried?");
            assertThat(post(q, a).jsonPath().getString("data.briefing.question")).isEqualTo("What does Russia want?");
        }
    }

    @Test
    void theMediaTypeIsPartOfTheKey() {
        String q = "{ briefing(question: \"Who is Kim Jong Un?\") { headline } }";
        for (int round = 0; round < 2; round++) {
            Response modern = post(q, null, "Accept", "application/graphql-response+json");
            Response legacy = post(q, null, "Accept", "application/json");
            assertThat(modern.contentType()).startsWith("application/graphql-response+json");
            assertThat(legacy.contentType()).startsWith("application/json");
        }
    }

    @Test
    void anEditorNeverReceivesAnAnonymousEntry() {
        String q = "{ briefing(question: \"What does the Kremlin want from Kim?\") { headline } }";
        post(q, null);
        post(q, null);
        double hits = CacheMetrics.hits();
        double misses = CacheMetrics.misses();
        Response editor = asEditor(q, null);
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.header("Cache-Control")).isEqualTo("no-store");
        assertThat(editor.jsonPath().getString("data.briefing.headline")).isNotBlank();
        // The editor's request neither read nor filled the cache.
        assertThat(CacheMetrics.hits()).isEqualTo(hits);
        assertThat(CacheMetrics.misses()).isEqualTo(misses);
        // What only an editor may see is never stored for anyone else.
        String both = "{ briefing(question: \"What does the Kremlin want from Kim?\") { headline } changes(last: 1) { operation } }";
        assertThat(asEditor(both, null).jsonPath().getList("data.changes")).hasSize(1);
        JsonPath anonymous = post(both, null).jsonPath();
        assertThat(anonymous.getList("errors")).isNotEmpty();
        assertThat(anonymous.getString("data.changes")).isNull();
    }

    @Test
    void errorsAreNotCached() {
        String q = "{ briefing(question: \"   \") { headline } }";
        Response first = post(q, null);
        assertThat(first.jsonPath().getList("errors")).isNotEmpty();
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        double hits = CacheMetrics.hits();
        double misses = CacheMetrics.misses();
        Response second = post(q, null);
        assertThat(second.jsonPath().getList("errors")).isNotEmpty();
        assertThat(CacheMetrics.hits()).isEqualTo(hits);
        assertThat(CacheMetrics.misses()).isEqualTo(misses + 1);
    }

    @Test
    void mutationsAndRejectedRequestsNeverTouchTheCache() {
        double hits = CacheMetrics.hits();
        double misses = CacheMetrics.misses();
        List<Map<String, Object>> errors = GraphQL.errors("mutation { createTopic(input: {slug: \"test-cache-anon\", name: \"x\"}) { slug } }");
        assertThat(errors.get(0).toString()).contains("forbidden");
        // Over the cost limit: refused by the filter before any cache lookup.
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            aliases.append(" b").append(i).append(": briefing(question: \"q").append(i).append("\") { headline }");
        }
        post(aliases.append(" }").toString(), null);
        assertThat(CacheMetrics.hits()).isEqualTo(hits);
        assertThat(CacheMetrics.misses()).isEqualTo(misses);
    }

    @Test
    void noCacheRequestsNeitherReadNorFillTheCache() {
        String q = "{ briefing(question: \"Why is Washington worried? (no-cache)\") { headline } }";
        double hits = CacheMetrics.hits();
        double misses = CacheMetrics.misses();
        for (int i = 0; i < 2; i++) {
            Response response = post(q, null, "Cache-Control", "no-cache");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getString("data.briefing.headline")).isNotBlank();
        }
        assertThat(CacheMetrics.hits()).isEqualTo(hits);
        assertThat(CacheMetrics.misses()).isEqualTo(misses);
        // Not stored by them either: the first ordinary request is a miss.
        post(q, null);
        assertThat(CacheMetrics.misses()).isEqualTo(misses + 1);
    }
}
