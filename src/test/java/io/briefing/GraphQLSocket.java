package io.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws client for tests: connects to {@code /graphql}, completes the
 * connection_init / connection_ack handshake, and queues every whole message the server sends.
 */
public final class GraphQLSocket implements AutoCloseable {

    /** The server's messages, whole (frames joined), in arrival order. */
    public final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private GraphQLSocket(String host, int port) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://" + host + ":" + port + "/graphql"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        send("{\"type\":\"connection_init\"}");
        assertThat(messages.poll(10, TimeUnit.SECONDS)).contains("connection_ack");
    }

    /** A connected, acknowledged client of the service on this host and port. */
    public static GraphQLSocket open(String host, int port) throws Exception {
        return new GraphQLSocket(host, port);
    }

    /** Sends a "subscribe" message: a subscription, query or mutation under this id. */
    public void subscribe(String id, String document) throws Exception {
        send(new JsonObject().put("id", id).put("type", "subscribe").put("payload", new JsonObject().put("query", document)).encode());
    }

    public void send(String message) throws Exception {
        socket.sendText(message, true).get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
