package io.briefing.api.ws;

import io.briefing.config.BriefingSettings;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Guards WebSocket connections to the GraphQL endpoint, where SmallRye has no settings for it:
 * <ul>
 * <li>the upgrade is refused (HTTP 403) when the browser's Origin is neither the server itself nor
 * in {@code briefing.websocket.allowed-origins}: a foreign page must not open a socket that runs
 * under the visitor's credentials (clients that send no Origin, such as scripts, are not browsers
 * and are let through);</li>
 * <li>a connection that sends no {@code connection_init} within {@code briefing.websocket.init-timeout}
 * is closed with 4408, as graphql-transport-ws specifies;</li>
 * <li>the server pings every {@code briefing.websocket.ping-interval} and closes a socket that has
 * sent nothing (not even a pong) for three intervals: half-open connections do not pile up;</li>
 * <li>close-frame reasons are cut to 123 bytes of UTF-8 (RFC 6455 allows 125 bytes for the whole
 * payload, 2 of which are the code): SmallRye echoes client-chosen ids and parser messages in them.</li>
 * </ul>
 */
@ApplicationScoped
public class WebSocketGuard {

    private static final Logger LOG = Logger.getLogger(WebSocketGuard.class);
    static final int MAX_REASON_BYTES = 123;
    static final String HANDLER_NAME = "briefing-websocket-guard";

    private final String path;
    private final Optional<List<String>> allowedOrigins;
    private final Duration initTimeout;
    private final Duration pingInterval;

    public WebSocketGuard(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
            BriefingSettings settings) {
        this.path = path;
        this.allowedOrigins = settings.websocket().allowedOrigins();
        this.initTimeout = settings.websocket().initTimeout();
        this.pingInterval = settings.websocket().pingInterval();
    }

    void register(@Observes Router router) {
        // Before GraphQLHttpFilter (-100) and SmallRye's handler; only WebSocket upgrades are touched.
        router.route(path).order(-110).handler(this::onUpgrade);
    }

    private void onUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
            ctx.next();
            return;
        }
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (!originAllowed(origin, ctx.request().getHeader(HttpHeaders.HOST), allowedOrigins)) {
            LOG.debugf("WebSocket upgrade refused for Origin %s", abbreviate(origin));
            ctx.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                    .end(new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                            .put("message", "WebSocket connections from Origin '" + abbreviate(origin) + "' are not allowed")
                            .put("extensions", new JsonObject().put("code", "forbidden-origin")))).encode());
            return;
        }
        if (ctx.request().connection() instanceof ConnectionBase connection) {
            ChannelPipeline pipeline = connection.channelHandlerContext().pipeline();
            if (pipeline.get(HANDLER_NAME) == null && pipeline.get("handler") != null) {
                pipeline.addBefore("handler", HANDLER_NAME, new Frames(initTimeout, pingInterval));
            }
        }
        ctx.next();
    }

    /**
     * Same origin (scheme-agnostic host and port equal to the Host header), or listed; a request
     * without Origin is not from a browser page and is allowed.
     */
    static boolean originAllowed(String origin, String host, Optional<List<String>> allowed) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        String normalized = origin.strip().toLowerCase(Locale.ROOT);
        if (allowed.isPresent() && allowed.get().stream().anyMatch(a -> a.strip().equalsIgnoreCase(normalized) || a.strip().equals("*"))) {
            return true;
        }
        if (host == null || normalized.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(normalized);
            if (uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            String hostHeader = host.strip().toLowerCase(Locale.ROOT);
            String expected = uri.getHost() + ":" + port;
            return hostHeader.equals(expected) || (hostHeader.equals(uri.getHost()) && (port == 80 || port == 443));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The reason cut to at most 123 bytes of UTF-8, never in the middle of a character. */
    static String truncateReason(String reason) {
        if (reason == null) {
            return "";
        }
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return reason;
        }
        int end = reason.length();
        while (end > 0 && reason.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES - 3) {
            end--;
            if (end > 0 && Character.isLowSurrogate(reason.charAt(end)) && Character.isHighSurrogate(reason.charAt(end - 1))) {
                end--;
            }
        }
        return reason.substring(0, end) + "...";
    }

    private static String abbreviate(String value) {
        return value == null ? "" : value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }

    /** Sits in the connection's Netty pipeline, next to Vert.x's handler, and sees every frame. */
    static final class Frames extends ChannelDuplexHandler {
        private final Duration initTimeout;
        private final Duration pingInterval;
        private boolean initialised;
        private long lastRead = System.nanoTime();
        private ScheduledFuture<?> initTimer;
        private ScheduledFuture<?> pinger;

        Frames(Duration initTimeout, Duration pingInterval) {
            this.initTimeout = initTimeout;
            this.pingInterval = pingInterval;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            initTimer = ctx.executor().schedule(() -> {
                if (!initialised && upgraded(ctx) && ctx.channel().isActive()) {
                    ctx.writeAndFlush(new CloseWebSocketFrame(4408, "Connection initialisation timeout"))
                            .addListener(f -> ctx.close());
                }
            }, initTimeout.toMillis(), TimeUnit.MILLISECONDS);
            long every = Math.max(1, pingInterval.toMillis());
            pinger = ctx.executor().scheduleAtFixedRate(() -> {
                if (!upgraded(ctx) || !ctx.channel().isActive()) {
                    return;
                }
                if (System.nanoTime() - lastRead > TimeUnit.MILLISECONDS.toNanos(3 * every)) {
                    ctx.close(); // half-open: nothing, not even a pong, for three ping intervals
                } else {
                    ctx.writeAndFlush(new PingWebSocketFrame());
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            cancelTimers();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            cancelTimers();
            super.channelInactive(ctx);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            lastRead = System.nanoTime();
            if (!initialised && msg instanceof TextWebSocketFrame text) {
                String content = text.text();
                if (content.contains("connection_init")) {
                    initialised = true;
                    initTimer.cancel(false);
                }
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof CloseWebSocketFrame close && close.reasonText() != null
                    && close.reasonText().getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
                CloseWebSocketFrame cut = new CloseWebSocketFrame(close.isFinalFragment(), close.rsv(), close.statusCode(),
                        truncateReason(close.reasonText()));
                ReferenceCountUtil.release(msg);
                super.write(ctx, cut, promise);
                return;
            }
            super.write(ctx, msg, promise);
        }

        private static boolean upgraded(ChannelHandlerContext ctx) {
            return ctx.pipeline().get(WebSocketFrameEncoder.class) != null;
        }

        private void cancelTimers() {
            if (initTimer != null) {
                initTimer.cancel(false);
            }
            if (pinger != null) {
                pinger.cancel(false);
            }
        }
    }
}
