package ailog.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake of Slack's Socket Mode server on loopback: the app connects to it (the fake Web API's
 * {@code apps.connections.open} hands out its URL), it sends envelopes as Slack does and records the acks.
 */
public final class FakeSocketMode implements AutoCloseable {
    private final Server server;
    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final Recorder<JsonObject> acks = new Recorder<>();

    private FakeSocketMode() throws InterruptedException {
        server = new Server();
        server.setReuseAddr(true);
        server.start();
        if (!server.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake Socket Mode server did not start");
        }
    }

    public static FakeSocketMode start() {
        try {
            return new FakeSocketMode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The URL {@code apps.connections.open} returns. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link";
    }

    /** Waits until the app has opened {@code count} connections in all (reconnects included). */
    public void awaitConnections(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (connections.size() < count || !latest().isOpen()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the app opened " + connections.size() + " connections, expected " + count);
            }
            Thread.onSpinWait();
        }
    }

    public int connectionCount() {
        return connections.size();
    }

    public void hello() {
        latest().send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\",\"build_number\":1,"
                + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0APP0001\"}}");
    }

    public void disconnect(String reason) {
        latest().send("{\"type\":\"disconnect\",\"reason\":\"" + reason + "\",\"debug_info\":{\"host\":\"fake\"}}");
    }

    /** Sends a slash command (given as the form body Slack would POST) and returns the envelope id. */
    public String slashCommand(String formBody) {
        JsonObject payload = new JsonObject();
        for (String pair : formBody.split("&")) {
            String[] parts = pair.split("=", 2);
            payload.addProperty(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
        }
        return send("slash_commands", payload, true);
    }

    public String interactive(String payloadJson) {
        return send("interactive", JsonParser.parseString(payloadJson).getAsJsonObject(), false);
    }

    public String event(String eventCallbackJson) {
        return send("events_api", JsonParser.parseString(eventCallbackJson).getAsJsonObject(), false);
    }

    /** The ack for an envelope, once the app sent it. */
    public JsonObject awaitAck(String envelopeId, Duration timeout) {
        return acks.await(a -> envelopeId.equals(a.get("envelope_id").getAsString()), 1, timeout,
                "ack of envelope " + envelopeId).get(0);
    }

    private String send(String type, JsonObject payload, boolean acceptsResponse) {
        String id = UUID.randomUUID().toString();
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", id);
        envelope.addProperty("type", type);
        envelope.add("payload", payload);
        envelope.addProperty("accepts_response_payload", acceptsResponse);
        latest().send(envelope.toString());
        return id;
    }

    private WebSocket latest() {
        if (connections.isEmpty()) {
            throw new AssertionError("the app never connected");
        }
        return connections.get(connections.size() - 1);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The WebSocket server; standard servers answer the client's pings by themselves. */
    private final class Server extends WebSocketServer {
        private final CountDownLatch started = new CountDownLatch(1);

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            connections.add(connection);
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

        @Override
        public void onMessage(WebSocket connection, String message) {
            if (message.startsWith("{")) {
                JsonObject json = JsonParser.parseString(message).getAsJsonObject();
                if (json.has("envelope_id")) {
                    acks.add(json);
                }
            }
        }

        @Override
        public void onError(WebSocket connection, Exception e) {}

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
