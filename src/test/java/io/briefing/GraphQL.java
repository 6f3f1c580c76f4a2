package io.briefing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Posts real GraphQL requests to the running application (the JVM app or the packaged one). */
public final class GraphQL {

    private GraphQL() {
    }

    /** The full response of a query; HTTP 200 expected. */
    public static JsonPath post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The full response of a request sent with HTTP Basic credentials. */
    public static JsonPath postAs(String user, String password, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    public static final String EDITOR = "editor";
    public static final String EDITOR_PASSWORD = "test-only-password";

    /** A request as the test profile's editor that must succeed without errors. */
    public static JsonPath asEditor(String query, Map<String, Object> variables) {
        JsonPath response = postAs(EDITOR, EDITOR_PASSWORD, query, variables);
        assertNull(response.get("errors"), () -> "unexpected errors: " + response.prettify());
        return response;
    }

    /** The errors of a request as the editor that must fail. */
    public static List<Map<String, Object>> editorErrors(String query, Map<String, Object> variables) {
        JsonPath response = postAs(EDITOR, EDITOR_PASSWORD, query, variables);
        List<Map<String, Object>> errors = response.getList("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("expected GraphQL errors, got " + response.prettify());
        }
        return errors;
    }

    public static JsonPath post(String query) {
        return post(query, Map.of());
    }

    /** The response of a query that must succeed without any GraphQL error. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        JsonPath response = post(query, variables);
        assertNull(response.get("errors"), () -> "unexpected errors: " + response.prettify());
        return response;
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The errors of a query that must fail. */
    public static List<Map<String, Object>> errors(String query, Map<String, Object> variables) {
        JsonPath response = post(query, variables);
        List<Map<String, Object>> errors = response.getList("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("expected GraphQL errors, got " + response.prettify());
        }
        return errors;
    }

    public static List<Map<String, Object>> errors(String query) {
        return errors(query, Map.of());
    }

    public static String seedArticleText() {
        try (var in = GraphQL.class.getClassLoader().getResourceAsStream("articles/putin-visits-pyongyang.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
