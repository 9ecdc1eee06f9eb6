package ailog.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A stage on 127.0.0.1 for the bot to rehearse a slash command before it serves: signed commands go in over HTTP
 * through the code Slack's requests take (Jetty, {@link SlackHttpHandler}, the signature check, Bolt's request parser
 * and app), and the same port stands in for Slack where the command's work asks Slack something ({@code users.info},
 * answered with a made-up member) or answers late (the commands' response URLs). Nothing is sent anywhere else: the
 * app it builds has no token and no authorization step, its {@link #slack()} points at the stand-in, the port
 * closes with the stage, and the requests are signed with a secret made for the stage, so nothing else would accept
 * them and nothing else is accepted here.
 */
public final class LoopbackRehearsal implements AutoCloseable {
    /** How many requests were sent, how many answers {@code answered} accepted, and how long it took. */
    public record Result(int sent, int answered, Duration took) {}

    static final String USERS_INFO = "/api/users.info";
    static final String RESPONSE_URLS = "/response/";
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final String JSON = "application/json; charset=utf-8";
    /** A users.info answer as Slack documents it, for a made-up member in Berlin. */
    private static final String USERS_INFO_ANSWER = """
            {"ok":true,"user":{"id":"U0REHEARSAL","team_id":"T0REHEARSAL","name":"rehearsal","deleted":false,\
            "color":"9f69e7","real_name":"Rehearsal","tz":"Europe/Berlin","tz_label":"Central European Time",\
            "tz_offset":3600,"profile":{"title":"","phone":"","real_name":"Rehearsal",\
            "real_name_normalized":"Rehearsal","display_name":"rehearsal","display_name_normalized":"rehearsal",\
            "status_text":"","status_emoji":"","status_expiration":0,"avatar_hash":"g0","first_name":"Re",\
            "last_name":"Hearsal","image_24":"https://a.slack-edge.com/24.png",\
            "image_72":"https://a.slack-edge.com/72.png","team":"T0REHEARSAL"},"is_admin":false,"is_owner":false,\
            "is_primary_owner":false,"is_restricted":false,"is_ultra_restricted":false,"is_bot":false,\
            "is_app_user":false,"updated":1732700100,"is_email_confirmed":true}}""";

    private final App app;
    private final SlackSignature signature;
    private final HttpServer server;
    private final Slack slack;
    private final String baseUrl;

    private LoopbackRehearsal(App app, SlackSignature signature, HttpServer server, Slack slack) {
        this.app = app;
        this.signature = signature;
        this.server = server;
        this.slack = slack;
        this.baseUrl = "http://127.0.0.1:" + server.port();
    }

    /** Opens the stage's port; {@link #close} closes it. */
    public static LoopbackRehearsal open() throws Exception {
        Stage stage = new Stage();
        HttpServer server = HttpServer.loopback(stage);
        server.start();
        try {
            Slack slack = SlackClients.forApi("http://127.0.0.1:" + server.port() + "/api/");
            List<Middleware> middleware = new ArrayList<>(List.of(new SSLCheck(null)));
            App app = new App(AppConfig.builder().slack(slack).requestVerificationEnabled(false).build(), middleware);
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            SlackSignature signature = new SlackSignature(HexFormat.of().formatHex(secret), Clock.systemUTC());
            stage.slackRequests = new SlackHttpHandler(app, signature, Optional::empty);
            return new LoopbackRehearsal(app, signature, server, slack);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The Slack SDK pointed at the stage's stand-in: for the rehearsed command's own Slack lookups. */
    public Slack slack() {
        return slack;
    }

    /** Where the stage listens: {@code http://127.0.0.1:port}. */
    String baseUrl() {
        return baseUrl;
    }

    /** Which handler answers {@code command} on the stage. */
    public void command(String command, SlashCommandHandler handler) {
        app.command(command, handler);
    }

    /**
     * Sends {@code requests} commands, the i-th from {@code users.apply(i)} with the text {@code texts.apply(i)}, on
     * {@code clients} connections at once, until all are answered or {@code limit} has passed.
     */
    public Result run(String command, IntFunction<String> users, IntFunction<String> texts, int requests,
            int clients, Duration limit, Predicate<String> answered) throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "rehearsal-client");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    try (Connection connection = new Connection(server.port())) {
                        for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline;
                                i = next.getAndIncrement()) {
                            String answer = connection.post(body(command, users.apply(i), texts.apply(i), i),
                                    signature);
                            sent.incrementAndGet();
                            if (answered.test(answer)) {
                                accepted.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
        return new Result(sent.get(), accepted.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            slack.close();
        }
    }

    /** The form body Slack posts for a slash command. */
    private String body(String command, String userId, String text, int i) {
        return "token=rehearsal&team_id=T0REHEARSAL&team_domain=rehearsal&channel_id=C0REHEARSAL"
                + "&channel_name=rehearsal&user_id=" + encode(userId) + "&user_name=rehearsal"
                + "&command=" + encode(command) + "&text=" + encode(text) + "&api_app_id=A0REHEARSAL"
                + "&is_enterprise_install=false"
                // a late answer (one the budget did not wait for) goes to the stage too, never to Slack
                + "&response_url=" + encode(baseUrl + RESPONSE_URLS + i)
                + "&trigger_id=" + i + ".rehearsal";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The stage's port: Slack's requests to the app, and stand-ins for {@code users.info} and response URLs. */
    private static final class Stage extends Handler.Abstract {
        private volatile SlackHttpHandler slackRequests;

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getPath();
            if (path.startsWith(RESPONSE_URLS)) {
                response.setStatus(200);
                Content.Sink.write(response, true, "ok", callback);
                return true;
            }
            if (USERS_INFO.equals(path)) {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
                Content.Sink.write(response, true, USERS_INFO_ANSWER, callback);
                return true;
            }
            SlackHttpHandler app = slackRequests;
            return app != null && app.handle(request, response, callback);
        }
    }

    /** One kept-alive HTTP/1.1 connection to the stage. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
        }

        /** Posts the body signed as Slack would, and returns the answer: its status line, then its body. */
        String post(String form, SlackSignature signature) throws IOException {
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            String timestamp = Long.toString(Clock.systemUTC().instant().getEpochSecond());
            String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "X-Slack-Request-Timestamp: " + timestamp + "\r\n"
                    + "X-Slack-Signature: " + signature.sign(timestamp, body) + "\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return readAnswer();
        }

        private String readAnswer() throws IOException {
            String status = line();
            int length = -1;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon > 0 && header.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
                    length = Integer.parseInt(header.substring(colon + 1).strip());
                }
            }
            if (length < 0) {
                throw new IOException("the rehearsal's answer had no Content-Length (" + status + ")");
            }
            return status + "\n" + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the rehearsal's connection closed mid-answer");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
