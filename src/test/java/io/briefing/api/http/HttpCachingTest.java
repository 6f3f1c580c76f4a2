package io.briefing.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP caching of GET queries (issue 12.3) and Apollo's automatic persisted queries (issue 12.2). */
@QuarkusTest
public class HttpCachingTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String NK_HEADLINE = "{ briefing(question: \"What does North Korea want?\") { headline coverage } }";

    private static HttpResponse<String> get(Map<String, String> headers, String... params) throws Exception {
        StringBuilder uri = new StringBuilder("http://localhost:" + RestAssured.port + "/graphql");
        for (int i = 0; i < params.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString())).GET();
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((GraphQL.EDITOR + ":" + GraphQL.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String persisted(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    @Test
    void aGetQueryCarriesAnETagAndIsNotModifiedUntilTheKnowledgeChanges() throws Exception {
        HttpResponse<String> first = get(Map.of(), "query", NK_HEADLINE);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(first.headers().allValues("Vary").toString()).contains("Accept");

        HttpResponse<String> again = get(Map.of("If-None-Match", etag), "query", NK_HEADLINE);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get(Map.of("If-None-Match", "\"other\", " + etag), "query", NK_HEADLINE).statusCode()).isEqualTo(304);
        assertThat(get(Map.of("If-None-Match", "\"other\""), "query", NK_HEADLINE).statusCode()).isEqualTo(200);
        // Other variables or another document: another tag.
        assertThat(get(Map.of(), "query", "{ briefing(question: \"Why is Washington worried?\") { headline coverage } }")
                .headers().firstValue("ETag")).isNotEqualTo(Optional(etag));

        // A change to the knowledge base: the old tag no longer matches.
        GraphQL.asEditor("mutation { createTopic(input: {slug: \"test-etag\", name: \"Test ETag\"}) { slug } }", Map.of());
        try {
            HttpResponse<String> changed = get(Map.of("If-None-Match", etag), "query", NK_HEADLINE);
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        } finally {
            int version = GraphQL.data("{ topic(slug: \"test-etag\") { version } }").getInt("data.topic.version");
            GraphQL.asEditor("mutation($v: Int!) { deleteTopic(slug: \"test-etag\", version: $v) { key } }", Map.of("v", version));
        }
    }

    private static java.util.Optional<String> Optional(String value) {
        return java.util.Optional.of(value);
    }

    @Test
    void editorsAndErrorsAreNeverStoredByHttpCaches() throws Exception {
        HttpResponse<String> editor = get(Map.of("Authorization", basic()), "query", NK_HEADLINE);
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(editor.headers().firstValue("ETag")).isEmpty();
        // An editor's If-None-Match never gets a 304 from an anonymous tag.
        String etag = get(Map.of(), "query", NK_HEADLINE).headers().firstValue("ETag").orElseThrow();
        assertThat(get(Map.of("Authorization", basic(), "If-None-Match", etag), "query", NK_HEADLINE).statusCode()).isEqualTo(200);

        HttpResponse<String> error = get(Map.of(), "query", "{ briefing(question: \"\") { headline } }");
        assertThat(error.body()).contains("\"errors\"");
        assertThat(error.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(error.headers().firstValue("ETag")).isEmpty();
        HttpResponse<String> invalid = get(Map.of(), "query", "{ nope }");
        assertThat(invalid.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aPersistedQueryIsAShortGetUrlAfterOneRegistration() throws Exception {
        String query = "{ briefing(question: \"What does North Korea want? (persisted " + System.nanoTime() + ")\") { headline coverage } }";
        String hash = RequestKeys.sha256(query);
        HttpResponse<String> unknown = get(Map.of(), "extensions", persisted(hash));
        assertThat(unknown.statusCode()).isEqualTo(200);
        JsonPath notFound = JsonPath.from(unknown.body());
        assertThat(notFound.getString("errors[0].message")).isEqualTo("PersistedQueryNotFound");
        assertThat(notFound.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");

        HttpResponse<String> registered = get(Map.of(), "query", query, "extensions", persisted(hash));
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(JsonPath.from(registered.body()).getString("data.briefing.coverage")).isNotNull();

        HttpResponse<String> shortUrl = get(Map.of(), "extensions", persisted(hash));
        assertThat(shortUrl.statusCode()).isEqualTo(200);
        assertThat(shortUrl.body()).isEqualTo(registered.body());
        assertThat(shortUrl.headers().firstValue("ETag")).isEqualTo(registered.headers().firstValue("ETag"));
        // Upper-case hex is the same hash; POST with the hash only works too.
        assertThat(get(Map.of(), "extensions", persisted(hash.toUpperCase())).body()).isEqualTo(registered.body());
        String posted = io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"extensions\":" + persisted(hash) + "}").post("/graphql").then().statusCode(200).extract().asString();
        assertThat(posted).isEqualTo(registered.body());
    }

    @Test
    void aHashOnlyRequestThatMissesTheCacheRunsTheStoredDocument() throws Exception {
        // Two operations: the engine must run the one operationName chooses, from the stored text.
        String query = "query Headline { briefing(question: \"What does North Korea want? (stored " + System.nanoTime()
                + ")\") { headline } } query Coverage { briefing(question: \"What does North Korea want?\") { coverage } }";
        String hash = RequestKeys.sha256(query);
        HttpResponse<String> registered = get(Map.of("Cache-Control", "no-cache"), "query", query, "operationName", "Coverage",
                "extensions", persisted(hash));
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(JsonPath.from(registered.body()).getString("data.briefing.coverage")).isEqualTo("FULL");

        // Cache bypassed: neither a hit nor a 304 answers, so the engine runs the document the hash names.
        HttpResponse<String> byHash = get(Map.of("Cache-Control", "no-cache"), "operationName", "Coverage", "extensions", persisted(hash));
        assertThat(byHash.statusCode()).isEqualTo(200);
        assertThat(byHash.body()).isEqualTo(registered.body());
        assertThat(byHash.headers().firstValue("ETag")).isEqualTo(registered.headers().firstValue("ETag"));
        HttpResponse<String> other = get(Map.of("Cache-Control", "no-cache"), "operationName", "Headline", "extensions", persisted(hash));
        assertThat(JsonPath.from(other.body()).getString("data.briefing.headline")).isNotNull();
        assertThat(JsonPath.from(other.body()).getString("data.briefing.coverage")).isNull();
        String posted = io.restassured.RestAssured.given().contentType("application/json").header("Cache-Control", "no-cache")
                .body("{\"operationName\":\"Coverage\",\"extensions\":" + persisted(hash) + "}").post("/graphql")
                .then().statusCode(200).extract().asString();
        assertThat(posted).isEqualTo(registered.body());
        // The same hash-only GET answered from the cache (filled by the first cacheable request) and then with 304.
        HttpResponse<String> filled = get(Map.of(), "operationName", "Coverage", "extensions", persisted(hash));
        HttpResponse<String> hit = get(Map.of(), "operationName", "Coverage", "extensions", persisted(hash));
        assertThat(hit.body()).isEqualTo(filled.body()).isEqualTo(registered.body());
        assertThat(hit.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        String etag = hit.headers().firstValue("ETag").orElseThrow();
        assertThat(get(Map.of("If-None-Match", etag), "operationName", "Coverage", "extensions", persisted(hash)).statusCode()).isEqualTo(304);
    }

    @Test
    void aPersistedQueryWhoseHashDoesNotMatchIsRefused() throws Exception {
        String query = "{ __typename }";
        String wrong = RequestKeys.sha256("{ actors { slug } }");
        HttpResponse<String> mismatch = get(Map.of(), "query", query, "extensions", persisted(wrong));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("provided sha does not match query");
        // Nothing was stored under the wrong hash.
        assertThat(JsonPath.from(get(Map.of(), "extensions", persisted(wrong)).body()).getString("errors[0].message"))
                .isEqualTo("PersistedQueryNotFound");
        assertThat(get(Map.of(), "extensions", "{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"" + wrong + "\"}}").statusCode()).isEqualTo(400);
        assertThat(get(Map.of(), "extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}").statusCode()).isEqualTo(400);
        assertThat(get(Map.of(), "extensions", persisted(wrong.substring(1) + "g")).statusCode()).isEqualTo(400);
        assertThat(get(Map.of(), "extensions", persisted(wrong + "0")).statusCode()).isEqualTo(400);
        assertThat(get(Map.of(), "extensions", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void aPersistedMutationNeverRunsOverGet() throws Exception {
        String mutation = "mutation { createTopic(input: {slug: \"test-apq-get\", name: \"APQ over GET\"}) { slug } }";
        String hash = RequestKeys.sha256(mutation);
        // Registered by a legitimate POST (which an anonymous caller cannot run anyway)...
        String body = io.restassured.RestAssured.given().contentType("application/json")
                .header("Authorization", basic())
                .body(Map.of("query", mutation, "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))
                .post("/graphql").then().statusCode(200).extract().asString();
        assertThat(body).contains("test-apq-get");
        try {
            // ...it can still never run over GET, by hash or in full.
            HttpResponse<String> byHash = get(Map.of("Authorization", basic()), "extensions", persisted(hash));
            assertThat(byHash.statusCode()).isEqualTo(405);
            assertThat(get(Map.of("Authorization", basic()), "query", mutation, "extensions", persisted(hash)).statusCode()).isEqualTo(405);
        } finally {
            int version = GraphQL.data("{ topic(slug: \"test-apq-get\") { version } }").getInt("data.topic.version");
            GraphQL.asEditor("mutation($v: Int!) { deleteTopic(slug: \"test-apq-get\", version: $v) { key } }", Map.of("v", version));
        }
    }
}
