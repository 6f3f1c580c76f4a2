package io.briefing.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browser tricks: JSON smuggled in a "simple" content type, and mutations posted from other sites. */
@QuarkusTest
public class CrossOriginTest {

    private static final String CREATE = "mutation { createTopic(input: {name: \"Cross-site topic\"}) { slug version } }";

    private static RequestSpecification editor() {
        return given().auth().preemptive().basic(GraphQL.EDITOR, GraphQL.EDITOR_PASSWORD);
    }

    private static boolean topicExists() {
        return GraphQL.data("{ topics { name } }").getList("data.topics.name", String.class).contains("Cross-site topic");
    }

    @Test
    void jsonBehindATextPlainTypeIsRefused() {
        // Chromium sends this cross-site without a preflight: to the browser it is text/plain.
        Response response = editor().header("Content-Type", "text/plain;,application/json").body("{\"query\": " + io.vertx.core.json.Json.encode(CREATE) + "}")
                .when().post("/graphql");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(topicExists()).isFalse();
    }

    // GraphiQL's duplicated "application/json, application/json" is covered by HttpRobustnessTest and the console check.

    @Test
    void mutationsFromAForeignOriginAreRefused() {
        Response foreign = editor().contentType("application/json").header("Origin", "https://evil.example")
                .body(Map.of("query", CREATE)).when().post("/graphql");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.jsonPath().getString("errors[0].extensions.code")).isEqualTo("forbidden-origin");
        Response opaque = editor().contentType("application/json").header("Origin", "null")
                .body(Map.of("query", CREATE)).when().post("/graphql");
        assertThat(opaque.statusCode()).isEqualTo(403);
        assertThat(topicExists()).isFalse();
        // Queries from other sites stay open (reads are public).
        Response read = given().contentType("application/json").header("Origin", "https://evil.example")
                .body(Map.of("query", "{ __typename }")).when().post("/graphql");
        assertThat(read.statusCode()).isEqualTo(200);
    }

    @Test
    void sameOriginAndOriginlessMutationsWork() {
        String own = "http://localhost:" + RestAssured.port;
        Response same = editor().contentType("application/json").header("Origin", own)
                .body(Map.of("query", CREATE)).when().post("/graphql");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.asString()).doesNotContain("errors");
        int version = same.jsonPath().getInt("data.createTopic.version");
        String slug = same.jsonPath().getString("data.createTopic.slug");
        // No Origin: curl, an SDK, a server; not a browser page.
        Response none = editor().contentType("application/json")
                .body(Map.of("query", "mutation($s: String!, $v: Int!) { deleteTopic(slug: $s, version: $v) { key } }",
                        "variables", Map.of("s", slug, "v", version))).when().post("/graphql");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.asString()).doesNotContain("errors");
        assertThat(topicExists()).isFalse();
    }
}
