package ailog.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's connection to Slack over Socket Mode: it dials out over a WebSocket, so no public URL is needed. The SDK
 * reconnects on {@code disconnect} envelopes and dropped connections; {@code apps.connections.open} goes through the
 * configured Web API URL like every other call.
 */
public final class SocketModeConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

    private final SocketModeApp socketMode;

    private SocketModeConnection(SocketModeApp socketMode) {
        this.socketMode = socketMode;
    }

    /** Connects, or throws {@link IllegalStateException} saying why the token or the connection failed. */
    public static SocketModeConnection open(App app, String appToken) {
        SocketModeApp socketMode;
        try {
            socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket,
                    SocketModeConnection::failed);
            socketMode.startAsync();
        } catch (Exception e) {
            throw new IllegalStateException("Slack refused SLACK_APP_TOKEN or the Socket Mode connection failed: "
                    + e.getMessage(), e);
        }
        if (socketMode.getClient() == null) {
            throw new IllegalStateException("Slack refused SLACK_APP_TOKEN (apps.connections.open failed): check that"
                    + " it is an app-level token with connections:write");
        }
        return new SocketModeConnection(socketMode);
    }

    /** A listener that threw: answer a slash command with an apology rather than leaving it unacknowledged. */
    private static Response failed(SocketModeApp.ErrorContext context) {
        log.error("handling a {} envelope failed", context.getRequest().getRequestType(), context.getException());
        if (context.getRequest().getRequestType() == RequestType.Command) {
            return Response.json(200, SlackHttpHandler.FAILED_COMMAND_REPLY);
        }
        return Response.ok();
    }

    @Override
    public void close() {
        try {
            socketMode.stop();
        } catch (Exception e) {
            log.warn("closing the Socket Mode connection: {}", e.toString());
        }
    }
}
