package io.briefing.ops;

import static io.briefing.GraphQL.asEditor;
import static io.briefing.GraphQL.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The known fault of this stack: clients that abort requests mid-flight used to close the
 * request-scoped Hibernate session under running resolvers and leak pooled connections until every
 * database query timed out. Here 400 database-backed requests (the change log, read in a
 * transaction, and briefings) are cut at random points by 16 concurrent clients; afterwards the
 * pool must be idle again and database-backed queries must keep answering.
 */
@QuarkusTest
class DisconnectTest {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("editor:test-only-password".getBytes(StandardCharsets.UTF_8));
    private static final List<String> QUERIES = List.of(
            "{ changes(last: 100) { changedAt user operation targetType targetKey summary } }",
            "{ briefing(question: \\\"What does North Korea want?\\\", depth: DETAILED) { markdown } }",
            "{ evidence(first: 100) { nodes { quote article { text } } } }");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void abortedRequestsLeaveThePoolHealthy() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = i;
            done.add(clients.submit(() -> {
                abortAfterSending(QUERIES.get(n % QUERIES.size()), n % 4);
                sent.incrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(sent.get()).isEqualTo(400);

        // Every connection goes back to the pool once the work the aborted requests started is over.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (dataSource.getMetrics().activeCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(dataSource.getMetrics().activeCount()).as("connections still checked out").isZero();
        for (int i = 0; i < 30; i++) {
            assertThat(asEditor("{ changes(last: 3) { operation } }", Map.of()).getList("data.changes")).isNotEmpty();
        }
        assertThat(data("{ briefing(question: \"What does Russia want?\") { coverage } }").getString("data.briefing.coverage")).isEqualTo("FULL");
    }

    /** Sends a complete request, then closes the connection: at once, after a pause, or mid-response. */
    private static void abortAfterSending(String query, int mode) throws Exception {
        String body = "{\"query\":\"" + query + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoLinger(true, 0); // close with RST, as a crashed client would
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: " + AUTH
                    + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            if (mode == 3) {
                out.write(bytes, 0, bytes.length / 2); // cut inside the body
                out.flush();
                return;
            }
            out.write(bytes);
            out.flush();
            if (mode == 1) {
                Thread.sleep(2);
            } else if (mode == 2) {
                socket.getInputStream().read(new byte[16]);
            }
        }
    }
}
