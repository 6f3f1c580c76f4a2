package io.briefing.ops;

import static io.briefing.GraphQL.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.briefing.GraphQL;
import io.briefing.GraphQLSocket;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What operators and console users rely on: health, metrics, the console, the change log, subscriptions. */
@QuarkusTest
public class OperationsTest {

    @Test
    void healthIncludesTheDatabaseAndTheSnapshot() {
        given().get("/q/health").then().statusCode(200)
                .body(containsString("Database connections health check"))
                .body(containsString("Knowledge snapshot"))
                .body(containsString("\"status\": \"UP\""));
    }

    /** Issue 10.7: liveness goes through HTTP and GraphQL; readiness includes a write probe. */
    @Test
    void livenessAnswersThroughGraphQLAndReadinessChecksWrites() {
        given().get("/q/health/live").then().statusCode(200)
                .body(containsString("GraphQL endpoint")).body(containsString("\"status\": \"UP\""));
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database writable")).body(org.hamcrest.Matchers.not(containsString("DOWN")));
    }

    @Test
    void prometheusMetricsCoverRequestsAndHibernate() {
        GraphQL.data("{ briefing(question: \"What does North Korea want?\") { coverage } }");
        // Metrics are on the management interface (its own port), not on the public one.
        int management = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
        String metrics = given().port(management).get("/q/metrics").then().statusCode(200).extract().asString();
        given().get("/q/metrics").then().statusCode(404);
        assertThat(metrics).contains("http_server_requests_seconds_count").contains("uri=\"/graphql\"")
                .contains("hibernate_").contains("briefing_answers_total{coverage=\"FULL\"").contains("agroal_");
    }

    @Test
    void consoleIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
        given().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Briefing"));
    }

    @Test
    void changeLogIsForEditors() {
        List<Map<String, Object>> changes = asEditor("{ changes(last: 5) { changedAt user operation targetKey summary } }", Map.of())
                .getList("data.changes");
        assertThat(changes).isNotEmpty();
        assertThat(changes.get(changes.size() - 1).get("user")).isNotNull();
        assertThat(GraphQL.errors("{ changes { user } }").get(0).get("message").toString()).contains("HTTP Basic");
    }

    @Test
    void subscriptionPushesChangesOverGraphqlTransportWs() throws Exception {
        GraphQLSocket socket = GraphQLSocket.open("localhost", RestAssured.port);
        LinkedBlockingQueue<String> messages = socket.messages;
        try {
            socket.subscribe("1", "subscription { knowledgeChanged { generation motiveCount } }");
            Thread.sleep(500); // let the subscription attach before the change
            asEditor("mutation { createTopic(input: {slug: \"test-subscription\", name: \"Test subscription\"}) { slug version } }", Map.of());
            String next = messages.poll(10, TimeUnit.SECONDS);
            assertThat(next).isNotNull().contains("\"type\":\"next\"").contains("knowledgeChanged").contains("generation");

            // Mutations over the socket carry no Basic credentials: refused, nothing written.
            socket.subscribe("2", "mutation { createTopic(input: {slug: \"test-over-ws\", name: \"ws\"}) { slug } }");
            String refused = null;
            for (String m = messages.poll(10, TimeUnit.SECONDS); m != null; m = messages.poll(2, TimeUnit.SECONDS)) {
                if (m.contains("\"id\":\"2\"")) {
                    refused = m;
                    break;
                }
            }
            assertThat(refused).isNotNull().containsAnyOf("forbidden", "error");
            assertThat(GraphQL.data("{ topic(slug: \"test-over-ws\") { slug } }").getString("data.topic")).isNull();
        } finally {
            socket.close();
            int version = GraphQL.data("{ topic(slug: \"test-subscription\") { version } }").getInt("data.topic.version");
            asEditor("mutation($v: Int!) { deleteTopic(slug: \"test-subscription\", version: $v) { key } }", Map.of("v", version));
        }
    }
}
