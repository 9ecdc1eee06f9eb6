package ailog.slack;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty serving Slack's requests and the health check on one port. */
public final class HttpServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    public HttpServer(int port, SlackHttpHandler handler) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("http");
        this.server = new Server(threads);
        this.connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(handler);
        server.setStopTimeout(5_000);
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
