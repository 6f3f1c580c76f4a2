package io.briefing.api;

import static io.briefing.GraphQL.asEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.GraphQL;
import io.briefing.snapshot.SnapshotListeners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 10.6: subscriptions bounded, shared per question, published off the writer; WebSocket hygiene. */
@QuarkusTest
class SubscriptionsTest {

    @Inject
    SnapshotListeners listeners;

    @Inject
    KnowledgeSubscriptions subscriptions;

    @AfterEach
    void removeTopic() {
        var topic = GraphQL.data("{ topic(slug: \"test-subs\") { version } }");
        if (topic.get("data.topic") != null) {
            asEditor("mutation($v: Int!) { deleteTopic(slug: \"test-subs\", version: $v) { key } }", Map.of("v", topic.getInt("data.topic.version")));
        }
    }

    @Test
    void snapshotsArePublishedOffTheWritersThread() throws Exception {
        CompletableFuture<String> thread = new CompletableFuture<>();
        Cancellable listening = listeners.stream().subscribe().with(s -> thread.complete(Thread.currentThread().getName()));
        try {
            asEditor("mutation { createTopic(input: {slug: \"test-subs\", name: \"Test subs\"}) { slug } }", Map.of());
            assertThat(thread.get(10, TimeUnit.SECONDS)).isEqualTo("briefing-snapshot-publisher");
        } finally {
            listening.cancel();
        }
    }

    @Test
    void sameQuestionSharesOneFeedAndEveryoneGetsIt() throws Exception {
        try (Client ws = Client.open(null)) {
            ws.init();
            for (int i = 1; i <= 3; i++) {
                ws.subscribe("s" + i, "subscription { briefingUpdated(question: \"What does North Korea want?\") { coverage } }");
            }
            ws.subscribe("other", "subscription { briefingUpdated(question: \"Why is Washington worried?\") { coverage } }");
            waitFor(() -> subscriptions.feedCount() == 2);
            asEditor("mutation { createTopic(input: {slug: \"test-subs\", name: \"Test subs\"}) { slug } }", Map.of());
            for (String id : new String[] {"s1", "s2", "s3", "other"}) {
                assertThat(ws.next(id)).contains("\"type\":\"next\"").contains("coverage");
            }
            ws.send("{\"id\":\"other\",\"type\":\"complete\"}");
            waitFor(() -> subscriptions.feedCount() == 1);
        }
        waitFor(() -> subscriptions.feedCount() == 0); // the socket closed: every feed stopped
    }

    @Test
    void aBriefingWithinOneArticleIsFollowedTooAndAnUnknownArticleRefused() throws Exception {
        try (Client ws = Client.open(null)) {
            ws.init();
            ws.subscribe("within", "subscription { briefingUpdated(question: \"What does North Korea want?\", article: \"putin-visits-pyongyang\")"
                    + " { coverage points { evidence { article { slug } } } } }");
            ws.subscribe("nowhere", "subscription { briefingUpdated(question: \"What does North Korea want?\", article: \"no-such-story\") { coverage } }");
            assertThat(ws.next("nowhere")).contains("Unknown article 'no-such-story'").doesNotContain("\"type\":\"next\"");
            waitFor(() -> subscriptions.feedCount() == 1);
            asEditor("mutation { createTopic(input: {slug: \"test-subs\", name: \"Test subs\"}) { slug } }", Map.of());
            assertThat(ws.next("within")).contains("\"type\":\"next\"").contains("\"coverage\":\"FULL\"").contains("putin-visits-pyongyang");
        }
        waitFor(() -> subscriptions.feedCount() == 0);
    }

    @Test
    void subscriptionsPerConnectionAreCapped() throws Exception {
        try (Client ws = Client.open(null)) {
            ws.init();
            for (int i = 1; i <= 5; i++) {
                ws.subscribe("k" + i, "subscription { knowledgeChanged { generation } }");
            }
            ws.subscribe("k6", "subscription { knowledgeChanged { generation } }");
            String refused = ws.next("k6");
            assertThat(refused).contains("limit-exceeded").contains("max-per-connection");
        }
        // Another connection has its own allowance.
        try (Client ws = Client.open(null)) {
            ws.init();
            ws.subscribe("a", "subscription { knowledgeChanged { generation } }");
            asEditor("mutation { createTopic(input: {slug: \"test-subs\", name: \"Test subs\"}) { slug } }", Map.of());
            assertThat(ws.next("a")).contains("\"type\":\"next\"");
        }
    }

    @Test
    void aSocketWithoutConnectionInitIsClosedWith4408() throws Exception {
        try (Client ws = Client.open(null)) {
            int[] code = ws.closed.get(10, TimeUnit.SECONDS);
            assertThat(code[0]).isEqualTo(4408);
        }
    }

    @Test
    void closeReasonsFitInAControlFrame() throws Exception {
        try (Client ws = Client.open(null)) {
            ws.init();
            String id = "x".repeat(200);
            ws.subscribe(id, "subscription { knowledgeChanged { generation } }");
            ws.subscribe(id, "subscription { knowledgeChanged { generation } }"); // duplicate id: SmallRye closes 4409
            int[] code = ws.closed.get(10, TimeUnit.SECONDS);
            assertThat(code[0]).isEqualTo(4409);
            assertThat(ws.reason.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(123);
        }
    }

    @Test
    void upgradesFromAForeignOriginAreRefused() throws Exception {
        assertThatThrownBy(() -> Client.open("https://evil.example")).hasStackTraceContaining("403");
        try (Client ws = Client.open("http://localhost:" + RestAssured.port)) {
            ws.init();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** A graphql-transport-ws client that keeps every message and how the socket closed. */
    static final class Client implements AutoCloseable {
        final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<int[]> closed = new CompletableFuture<>();
        volatile String reason = "";
        WebSocket socket;

        static Client open(String origin) throws Exception {
            Client client = new Client();
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws");
            if (origin != null) {
                builder.header("Origin", origin);
            }
            try {
                client.socket = builder.buildAsync(URI.create("ws://localhost:" + RestAssured.port + "/graphql"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            client.messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                        client.reason = reason;
                        client.closed.complete(new int[] {statusCode});
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        client.closed.completeExceptionally(error);
                    }
                }).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
            }
            return client;
        }

        void init() throws Exception {
            send("{\"type\":\"connection_init\"}");
            String ack = messages.poll(10, TimeUnit.SECONDS);
            assertThat(ack).contains("connection_ack");
        }

        void subscribe(String id, String query) throws Exception {
            send("{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + query.replace("\"", "\\\"") + "\"}}");
        }

        void send(String text) throws Exception {
            socket.sendText(text, true).get(5, TimeUnit.SECONDS);
        }

        /** The next message for subscription {@code id} (others stay queued in order). */
        String next(String id) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            java.util.List<String> skipped = new java.util.ArrayList<>();
            try {
                while (System.nanoTime() < deadline) {
                    String m = messages.poll(200, TimeUnit.MILLISECONDS);
                    if (m != null && m.contains("\"id\":\"" + id + "\"")) {
                        return m;
                    }
                    if (m != null) {
                        skipped.add(m);
                    }
                }
                return null;
            } finally {
                messages.addAll(skipped);
            }
        }

        @Override
        public void close() {
            if (socket != null && !socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            }
        }
    }
}
