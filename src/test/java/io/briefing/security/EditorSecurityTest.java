package io.briefing.security;

import static io.briefing.GraphQL.asEditor;
import static io.briefing.GraphQL.postAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Issue 10.5/10.7 and 11: Quarkus security for editors, failed logins logged and throttled, no mutations over WebSocket. */
@QuarkusTest
class EditorSecurityTest {

    private static final String CREATE = "mutation { createTopic(input: {slug: \"test-security\", name: \"Test security\"}) { slug } }";

    @Test
    void failedLoginsAreLoggedWithoutSecretsAndThrottledPerClient() throws Exception {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Thread.sleep(3500); // start with a fresh window, whatever other tests did
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.briefing.security");
        logger.addHandler(capture);
        try {
            // The test profile allows 20 failures per 3 s window.
            for (int i = 0; i < 20; i++) {
                assertForbidden(postAs("mallory-" + i, "guess-" + i, CREATE, Map.of()), "user name or password is wrong");
            }
            assertForbidden(postAs("editor", "guess-21", CREATE, Map.of()), "Too many failed logins");
            // Even the right password is not checked while the client is throttled.
            assertForbidden(postAs(GraphQL.EDITOR, GraphQL.EDITOR_PASSWORD, CREATE, Map.of()), "Too many failed logins");
            assertThat(GraphQL.data("{ topic(slug: \"test-security\") { slug } }").getString("data.topic")).isNull();
            // Reads stay public throughout.
            assertThat(postAs("editor", "wrong", "{ actors { slug } }", Map.of()).getList("data.actors")).isNotEmpty();
        } finally {
            logger.removeHandler(capture);
            Thread.sleep(3500); // let the window pass, so other tests are not throttled
        }
        String log = String.join("\n", logged);
        assertThat(logged.stream().filter(l -> l.contains("Failed editor login")).count()).isEqualTo(20);
        assertThat(log).contains(EditorIdentityProvider.userHash("mallory-3")).doesNotContain("mallory").doesNotContain("guess-");
        asEditor("{ changes(last: 1) { operation } }", Map.of()); // and the editor gets in again
    }

    /** Odd Authorization headers never produce an HTTP 401 page: mutations get "forbidden", reads answer. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Basic !!!not-base64!!!", "Basic ", "Basic ZWRpdG9y", "Bearer abc.def.ghi",
            "basic ZWRpdG9yOnRlc3Qtb25seS1wYXNzd29yZA==x", "Digest username=\"editor\"", "Basic OnRlc3Qtb25seS1wYXNzd29yZA=="})
    void oddAuthorizationHeadersAreGraphQLErrorsNot401(String header) {
        io.restassured.path.json.JsonPath mutation = io.restassured.RestAssured.given().header("Authorization", header)
                .contentType(io.restassured.http.ContentType.JSON).body(Map.of("query", CREATE))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> errors = mutation.getList("errors");
        assertThat(errors).as(mutation.prettify()).isNotEmpty();
        assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code")).isEqualTo("forbidden");
        if (header.startsWith("Basic !") || header.startsWith("basic ") || header.equals("Basic ZWRpdG9y")) {
            assertThat(errors.get(0).get("message").toString()).contains("not valid HTTP Basic");
        }
        io.restassured.RestAssured.given().header("Authorization", header).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("query", "{ actors { slug } }")).post("/graphql").then().statusCode(200)
                .body("data.actors", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        assertThat(GraphQL.data("{ topic(slug: \"test-security\") { slug } }").getString("data.topic")).isNull();
    }

    @Test
    void mutationsOverWebSocketAreRefusedEvenWithCredentialsOnTheUpgrade() throws Exception {
        LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        String auth = "Basic " + Base64.getEncoder().encodeToString((GraphQL.EDITOR + ":" + GraphQL.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .header("Authorization", auth)
                .buildAsync(URI.create("ws://localhost:" + RestAssured.port + "/graphql"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        messages.add(data.toString());
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"connection_init\"}", true).get(5, TimeUnit.SECONDS);
            assertThat(messages.poll(10, TimeUnit.SECONDS)).contains("connection_ack");
            socket.sendText("{\"id\":\"m\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + CREATE.replace("\"", "\\\"") + "\"}}", true)
                    .get(5, TimeUnit.SECONDS);
            socket.sendText("{\"id\":\"c\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ changes(last: 1) { user } }\"}}", true)
                    .get(5, TimeUnit.SECONDS);
            String first = messages.poll(10, TimeUnit.SECONDS);
            String second = messages.poll(10, TimeUnit.SECONDS);
            for (String reply : List.of(first, second)) {
                assertThat(reply).contains("forbidden").contains("not accepted over WebSocket").doesNotContain("\"user\":\"editor\"");
            }
            assertThat(GraphQL.data("{ topic(slug: \"test-security\") { slug } }").getString("data.topic")).isNull();
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    private static void assertForbidden(io.restassured.path.json.JsonPath response, String fragment) {
        List<Map<String, Object>> errors = response.getList("errors");
        assertThat(errors).as(response.prettify()).isNotEmpty();
        assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code")).isEqualTo("forbidden");
        assertThat(errors.get(0).get("message").toString()).contains(fragment);
    }
}
