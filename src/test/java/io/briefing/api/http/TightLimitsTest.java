package io.briefing.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.api.limits.Documents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The execution timeout and the anonymous rate limit, with limits tight enough to reach in a test. */
@QuarkusTest
@TestProfile(TightLimitsTest.Tight.class)
public class TightLimitsTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("briefing.query.timeout", "5ms",
                    "briefing.http.rate-limit.exempt-loopback", "false",
                    "briefing.http.rate-limit.requests-per-second", "0.2",
                    "briefing.http.rate-limit.burst", "4",
                    // Each test is its own client, as seen through a reverse proxy.
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "briefing.http.allowed-origins", "https://editor.example, https://other.example");
        }
    }

    private static Response post(String query, boolean authenticated) {
        return post(query, authenticated, "198.51.100.1");
    }

    private static Response post(String query, boolean authenticated, String client) {
        var request = given().contentType(ContentType.JSON).header("X-Forwarded-For", client).body(Map.of("query", query));
        if (authenticated) {
            request = request.auth().preemptive().basic("editor", "test-only-password");
        }
        return request.when().post("/graphql");
    }

    @Test
    void aSlowRequestIsAnsweredAtTheTimeout() {
        // Ten distinct detailed briefings on a cold service take far longer than 5 ms.
        StringBuilder heavy = new StringBuilder("{");
        for (int i = 0; i < 10; i++) {
            heavy.append(" b").append(i).append(": briefing(question: \"Why is Washington worried about weapons ").append(i)
                    .append("?\", depth: DETAILED, includeCandidates: true) { headline markdown points { statement evidence { quote } } }");
        }
        heavy.append(" }");
        Response slow = post(heavy.toString(), true);
        // Either the HTTP timer answered (503) or the engine stopped at the deadline (each field's error).
        assertThat(slow.statusCode()).as(slow.asString()).isIn(200, 503);
        assertThat(slow.jsonPath().getString("data")).isNull();
        assertThat(slow.jsonPath().getString("errors[0].extensions.code")).isEqualTo("timeout");
        assertThat(slow.jsonPath().getString("errors[0].message")).contains("5 ms");
    }

    @Test
    void clientsAreRateLimitedWithRetryAfter() {
        // Burst of 4, then 429 with Retry-After and a GraphQL error body.
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            Response last = post("{ __typename }", false, "203.0.113.7");
            if (last.statusCode() == 429) {
                refused++;
                assertThat(last.header("Retry-After")).isNotNull();
                assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 10);
                assertThat(last.jsonPath().getString("errors[0].extensions.code")).isEqualTo("rate-limited");
            }
        }
        assertThat(refused).isEqualTo(2);
        // Made-up credentials do not buy more requests (they are only verified for mutations).
        Response forged = given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.7")
                .header("Authorization", "Basic Zm9yZ2VkOmZvcmdlZA==").body(Map.of("query", "{ __typename }")).when().post("/graphql");
        assertThat(forged.statusCode()).isEqualTo(429);
        // Another client has its own budget.
        assertThat(post("{ __typename }", false, "203.0.113.8").statusCode()).isNotEqualTo(429);
    }

    @Test
    void mutationsRunToCompletion() {
        Response created = post("mutation { createTopic(input: {name: \"Timeout-exempt topic\"}) { slug version name } }", true, "198.51.100.2");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(200);
        assertThat(created.jsonPath().getString("data.createTopic.name")).isEqualTo("Timeout-exempt topic");
        Response deleted = post("mutation { deleteTopic(slug: \"" + created.jsonPath().getString("data.createTopic.slug") + "\", version: "
                + created.jsonPath().getInt("data.createTopic.version") + ") { key } }", true, "198.51.100.2");
        assertThat(deleted.jsonPath().getString("errors")).isNull();
    }

    @Test
    void listedOriginsMayPostMutations() {
        String create = "mutation { createTopic(input: {name: \"Listed origin topic\"}) { slug version } }";
        Response listed = given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.4").header("Origin", "https://other.example")
                .auth().preemptive().basic("editor", "test-only-password").body(Map.of("query", create)).when().post("/graphql");
        assertThat(listed.statusCode()).as(listed.asString()).isEqualTo(200);
        assertThat(listed.jsonPath().getString("data.createTopic.slug")).isNotNull();
        post("mutation { deleteTopic(slug: \"" + listed.jsonPath().getString("data.createTopic.slug") + "\", version: "
                + listed.jsonPath().getInt("data.createTopic.version") + ") { key } }", true, "198.51.100.4");
        Response unlisted = given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.4").header("Origin", "https://evil.example")
                .auth().preemptive().basic("editor", "test-only-password").body(Map.of("query", create)).when().post("/graphql");
        assertThat(unlisted.statusCode()).isEqualTo(403);
    }

    @Test
    void theDocumentLimitsStillComeFirst() {
        // The cost check answers before any timer could matter.
        Response response = post(Documents.fragmentBomb(24), true, "198.51.100.3");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("query-too-expensive");
    }
}
