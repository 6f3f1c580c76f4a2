package io.briefing.api.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cost analysis against the running service: hostile documents refused early, standard clients served. */
@QuarkusTest
public class QueryCostHttpTest {

    private static JsonPath post(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theFragmentBombIsRefusedInUnderASecondWhileAProbeKeepsAnswering() throws Exception {
        String bomb = Documents.fragmentBomb(24);
        assertThat(bomb.length()).isLessThan(1200);
        CompletableFuture<Long> probe = CompletableFuture.supplyAsync(() -> {
            long worst = 0;
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                assertThat(GraphQL.data("{ __typename }").getString("data.__typename")).isEqualTo("Query");
                worst = Math.max(worst, System.nanoTime() - t);
            }
            return worst / 1_000_000;
        });
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            JsonPath response = post(bomb);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).as("bomb answered in ms").isLessThan(1000);
            assertThat(response.getString("errors[0].extensions.code")).isEqualTo("query-too-expensive");
            assertThat(response.getString("errors[0].message")).contains("fragment spreads");
            assertThat(response.getString("data")).isNull();
        }
        assertThat(probe.get(30, TimeUnit.SECONDS)).as("worst probe latency in ms").isLessThan(1000);
        // The modern media type gets a 400, as for any document that fails validation.
        given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(Map.of("query", bomb))
                .when().post("/graphql").then().statusCode(400);
    }

    @Test
    void tooManyBriefingsAreRefusedBeforeAnyIsComputed() {
        JsonPath response = post(Documents.aliasedBriefings(11));
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("query-too-expensive");
        assertThat(response.getString("errors[0].message")).contains("11 briefings");
        assertThat(post(Documents.aliasedBriefings(3)).getList("errors")).isNull();
    }

    @Test
    void theGeneralDepthLimitStillHolds() {
        String deep = "{ actors " + "{ represents ".repeat(12) + "{ slug }" + " }".repeat(12) + " }";
        List<Map<String, Object>> errors = GraphQL.errors(deep);
        assertThat(errors.get(0).get("message").toString()).contains("levels deep; the limit is 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphiql", "graphql-js-default", "graphql-js-all-options", "apollo-codegen"})
    void standardClientsCanReadTheSchema(String client) {
        JsonPath response = GraphQL.data(Documents.introspection(client));
        List<Map<String, Object>> types = response.getList("data.__schema.types");
        Map<String, Object> query = types.stream().filter(t -> "Query".equals(t.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) query.get("fields");
        Map<String, Object> briefing = fields.stream().filter(f -> "briefing".equals(f.get("name"))).findFirst().orElseThrow();
        assertThat(briefing.get("description").toString()).contains("briefing answering a question");
    }

    @Test
    void theEngineRefusesTheBombOverWebSocketToo() throws Exception {
        io.briefing.GraphQLSocket socket = io.briefing.GraphQLSocket.open("localhost", io.restassured.RestAssured.port);
        java.util.concurrent.LinkedBlockingQueue<String> messages = socket.messages;
        try {
            long started = System.nanoTime();
            socket.subscribe("1", Documents.fragmentBomb(24));
            String answer = messages.poll(10, TimeUnit.SECONDS);
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
            assertThat(answer).contains("query-too-expensive").contains("fragment spreads");
        } finally {
            socket.close();
        }
        assertThat(GraphQL.data("{ __typename }").getString("data.__typename")).isEqualTo("Query");
    }

    @Test
    void hostileIntrospectionIsStillLimited() {
        String hostile = "{ __schema { types " + "{ fields { type ".repeat(10) + "{ name }" + " } }".repeat(10) + " } }";
        JsonPath response = post(hostile);
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("query-too-expensive");
        assertThat(response.getString("errors[0].message")).contains("limit is 20 for introspection");
    }
}
