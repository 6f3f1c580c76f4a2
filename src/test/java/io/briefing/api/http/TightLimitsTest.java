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
                    "briefing.http.rate-limit.burst", "4");
        }
    }

    private static Response post(String query, boolean authenticated) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query));
        if (authenticated) {
            request = request.auth().preemptive().basic("editor", "test-only-password");
        }
        return request.when().post("/graphql");
    }

    @Test
    void aSlowRequestIsAnsweredAtTheTimeoutAndAnonymousClientsAreRateLimited() {
        // Ten distinct detailed briefings on a cold service take far longer than 5 ms.
        StringBuilder heavy = new StringBuilder("{");
        for (int i = 0; i < 10; i++) {
            heavy.append(" b").append(i).append(": briefing(question: \"Why is Washington worried about weapons ").append(i)
                    .append("?\", depth: DETAILED, includeCandidates: true) { headline markdown points { statement evidence { quote } } }");
        }
        heavy.append(" }");
        // Authenticated, so that this request does not spend the anonymous budget checked below.
        Response slow = post(heavy.toString(), true);
        // Either the HTTP timer answered (503) or the engine stopped at the deadline (each field's error).
        assertThat(slow.statusCode()).as(slow.asString()).isIn(200, 503);
        assertThat(slow.jsonPath().getString("data")).isNull();
        assertThat(slow.jsonPath().getString("errors[0].extensions.code")).isEqualTo("timeout");
        assertThat(slow.jsonPath().getString("errors[0].message")).contains("5 ms");

        // Burst of 4, then 429 with Retry-After and a GraphQL error body.
        int refused = 0;
        Response last = null;
        for (int i = 0; i < 6; i++) {
            last = post("{ __typename }", false);
            if (last.statusCode() == 429) {
                refused++;
                assertThat(last.header("Retry-After")).isNotNull();
                assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 10);
                assertThat(last.jsonPath().getString("errors[0].extensions.code")).isEqualTo("rate-limited");
            }
        }
        assertThat(refused).isEqualTo(2);
        // Authenticated traffic is not counted against the anonymous limit.
        assertThat(post("{ __typename }", true).statusCode()).isNotEqualTo(429);
    }

    @Test
    void mutationsRunToCompletion() {
        Response created = post("mutation { createTopic(input: {name: \"Timeout-exempt topic\"}) { slug version name } }", true);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(200);
        assertThat(created.jsonPath().getString("data.createTopic.name")).isEqualTo("Timeout-exempt topic");
        Response deleted = post("mutation { deleteTopic(slug: \"" + created.jsonPath().getString("data.createTopic.slug") + "\", version: "
                + created.jsonPath().getInt("data.createTopic.version") + ") { key } }", true);
        assertThat(deleted.jsonPath().getString("errors")).isNull();
    }

    @Test
    void theDocumentLimitsStillComeFirst() {
        // The cost check answers before any timer could matter.
        Response response = post(Documents.fragmentBomb(24), true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("query-too-expensive");
    }
}
