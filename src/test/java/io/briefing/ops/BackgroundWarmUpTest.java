package io.briefing.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production start-up (issue 12.4): the snapshot and briefing index are built in parallel with the
 * HTTP start. The first request is answered from the full knowledge base (requests wait for the
 * warm-up rather than seeing an empty one), and readiness reports the warm-up.
 */
@QuarkusTest
@TestProfile(BackgroundWarmUpTest.Background.class)
public class BackgroundWarmUpTest {

    public static class Background implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("briefing.startup.background-warm-up", "true");
        }
    }

    @Test
    void theFirstBriefingIsAnsweredFromTheFullKnowledgeBase() {
        assertThat(GraphQL.data("{ briefing(question: \"What does North Korea want?\") { coverage points { statement } } }")
                .getString("data.briefing.coverage")).isEqualTo("FULL");
        given().get("/q/health/ready").then().statusCode(200).body(containsString("\"warmedUp\": true"));
    }
}
