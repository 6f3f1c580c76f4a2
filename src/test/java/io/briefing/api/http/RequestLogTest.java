package io.briefing.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.api.limits.Documents;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-request log line of README "Operations", for requests that reach the engine and for rejections. */
@QuarkusTest
public class RequestLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("io.briefing.requests").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("io.briefing.requests").removeHandler(capture);
    }

    /** The log line written after the request whose operation name is {@code name} (logged once the body is sent). */
    private String lineFor(String name) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> found = lines.stream().filter(l -> l.contains("operation=" + name + " ")).toList();
            if (!found.isEmpty()) {
                assertThat(found).as("one line per request").hasSize(1);
                return found.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no log line for " + name + " in " + lines);
    }

    private static void post(String query, String operationName) {
        given().contentType("application/json").body(Map.of("query", query, "operationName", operationName)).when().post("/graphql")
                .then().statusCode(200);
    }

    @Test
    void aQueryThatReachesTheEngineIsLogged() throws Exception {
        post("query NkBriefing { briefing(question: \"What does North Korea want?\") { coverage } }", "NkBriefing");
        assertThat(lineFor("NkBriefing")).matches("graphql method=POST operation=NkBriefing type=query status=200 durationMs=\\d+\\.\\d outcome=ok");
    }

    @Test
    void clientErrorsAndRejectionsAreLoggedWithTheirOutcome() throws Exception {
        post("query BadSlug { evidence(first: 500) { totalCount } }", "BadSlug");
        assertThat(lineFor("BadSlug")).contains("type=query status=200").endsWith("outcome=client-error");
        post(Documents.fragmentBomb(24).replace("{ briefing", "query Bomb { briefing"), "Bomb");
        assertThat(lineFor("Bomb")).endsWith("outcome=rejected");
        given().queryParam("query", "query OverGet { __typename }").queryParam("operationName", "OverGet").when().get("/graphql")
                .then().statusCode(200);
        assertThat(lineFor("OverGet")).startsWith("graphql method=GET operation=OverGet type=query status=200").endsWith("outcome=ok");
    }

    @Test
    void namesThatAreNotGraphQLNamesAreNotLogged() throws Exception {
        given().contentType("application/json").body(Map.of("query", "{ __typename }", "operationName", "x".repeat(5000)))
                .when().post("/graphql");
        post("query After { __typename }", "After");
        lineFor("After");
        assertThat(lines).noneMatch(l -> l.contains("xxxxxxxxxx"));
    }
}
