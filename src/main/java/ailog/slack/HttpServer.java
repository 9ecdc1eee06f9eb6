package ailog.slack;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty serving Slack's requests and the health check on one port. */
public final class HttpServer implements AutoCloseable {
    private static final long STOP_TIMEOUT_MILLIS = 10_000;
    private static final long IDLE_TIMEOUT_MILLIS = 5_000;
    private static final long MIN_BYTES_PER_SECOND = 1_024;

    private final Server server;
    private final ServerConnector connector;

    public HttpServer(int port, SlackHttpHandler handler) {
        this(null, port, handler, "http");
    }

    /** Listens on 127.0.0.1 only, on a port the system picks: for the bot's own rehearsal before it serves. */
    static HttpServer loopback(Handler handler) {
        return new HttpServer("127.0.0.1", 0, handler, "rehearsal-http");
    }

    private HttpServer(String host, int port, Handler handler, String threadNames) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName(threadNames);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // A client slower than this is not Slack; it is dropped instead of holding a connection (and a buffer).
        http.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);
        // On stop, requests already being handled finish (up to the stop timeout); new ones are refused.
        server.setHandler(new GracefulHandler(handler));
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port actually bound (useful when asked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
