package ailog.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.net.URI;
import java.util.function.Supplier;

/** The Slack SDK, pointed at the configured Web API (Slack, GovSlack, or a local emulator). */
public final class SlackClients {
    static final int READ_TIMEOUT_MILLIS = 5_000;
    static final int CALL_TIMEOUT_MILLIS = 15_000;

    private SlackClients() {}

    public static Slack forApi(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setStatsEnabled(false);
        // every Slack call has a deadline: a Slack that hangs costs seconds, never a thread for good
        config.setHttpClientReadTimeoutMillis(READ_TIMEOUT_MILLIS);
        config.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
        if (isLoopback(apiUrl)) {
            config.setProxyUrl(null);
        }
        return Slack.getInstance(config);
    }

    /**
     * The Web API client for {@code token}, made on first use: making one readies TLS (the JVM's trusted
     * certificates), a good part of the start of a {@code tick} that finds nothing to send.
     */
    public static Supplier<MethodsClient> methodsOnFirstUse(String apiUrl, String token) {
        return new Supplier<>() {
            private MethodsClient methods;

            @Override
            public synchronized MethodsClient get() {
                if (methods == null) {
                    methods = forApi(apiUrl).methods(token);
                }
                return methods;
            }
        };
    }

    private static boolean isLoopback(String url) {
        String host = URI.create(url).getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }
}
