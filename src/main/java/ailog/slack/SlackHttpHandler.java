package ailog.slack;

import ailog.logging.RepeatedErrors;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts the Bolt app in Jetty 12: {@code POST /slack/events} and {@code GET /healthz}. In Socket Mode only the
 * health check is served.
 */
public final class SlackHttpHandler extends Handler.Abstract {
    static final int MAX_BODY_BYTES = 256 * 1024;
    /** Slack sends a whole request at once; a body still arriving after this is not Slack's. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SlackHttpHandler.class);
    private static final String JSON = "application/json; charset=utf-8";
    static final String FAILED_COMMAND_REPLY = "{\"response_type\":\"ephemeral\",\"text\":"
            + "\"Sorry, something went wrong on our side and nothing was stored. Please try again.\"}";

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature signature;
    /** Why the bot cannot serve now (the database takes no writes), or empty when it can. */
    private final Supplier<Optional<String>> problem;
    private final RepeatedErrors errors = new RepeatedErrors(log, java.time.Clock.systemUTC());

    public SlackHttpHandler(App app, SlackSignature signature, Supplier<Optional<String>> problem) {
        this.app = app;
        this.parser = app == null ? null : new SlackRequestParser(app.config());
        this.signature = signature;
        this.problem = problem;
    }

    /** Serves only {@code GET /healthz}, for Socket Mode where Slack's requests arrive over the WebSocket. */
    public static SlackHttpHandler healthOnly(Supplier<Optional<String>> problem) {
        return new SlackHttpHandler(null, null, problem);
    }

    @Override
    public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback) {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        if ("/healthz".equals(path) && "GET".equals(method)) {
            Optional<String> wrong = problem.get();
            reply(response, callback, wrong.isEmpty() ? 200 : 503, "text/plain; charset=utf-8",
                    wrong.map(why -> "unavailable: " + why).orElse("ok"));
        } else if ("/slack/events".equals(path) && "POST".equals(method) && app != null) {
            handleSlack(request, response, callback);
        } else {
            reply(response, callback, 404, "text/plain; charset=utf-8", "not found");
        }
        return true;
    }

    /**
     * Reads the body without holding a thread (a client that trickles bytes costs a buffer, not a worker), up to a
     * size cap and a deadline, and only then checks the signature and runs the request on a worker.
     */
    private void handleSlack(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback) {
        Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES)
                .orTimeout(BODY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((body, failure) -> {
                    if (failure != null) {
                        refuseBody(request, response, callback, failure);
                    } else {
                        request.getComponents().getThreadPool().execute(() -> answer(request, response, callback,
                                body));
                    }
                });
    }

    private void refuseBody(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof TimeoutException) {
            // the client is too slow to be Slack; drop the connection rather than keep its buffer
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            reply(response, callback, 408, JSON, "{\"error\":\"request body too slow\"}");
        } else {
            reply(response, callback, 413, JSON, "{\"error\":\"request body too large or unreadable\"}");
        }
    }

    private void answer(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback, byte[] body) {
        Map<String, List<String>> headers = headers(request);
        SlackSignature.Check checked = signature.check(first(headers, "x-slack-request-timestamp"),
                first(headers, "x-slack-signature"), body);
        if (checked == SlackSignature.Check.INVALID
                || checked == SlackSignature.Check.SEEN_BEFORE && !isEventRetry(headers)) {
            reply(response, callback, 401, JSON, "{\"error\":\"invalid request\"}");
            return;
        }
        Request<?> slackRequest = parse(request, headers, body);
        if (slackRequest == null) {
            reply(response, callback, 400, JSON, "{\"error\":\"not a Slack request\"}");
            return;
        }
        run(slackRequest, response, callback);
    }

    /**
     * Slack retries an Events API delivery it got no answer to, marked with {@code X-Slack-Retry-Num}; the event
     * handlers drop a second delivery by its event id. Commands and button presses are never retried by Slack, so a
     * form-encoded request seen before is a replay, whatever its headers say.
     */
    private static boolean isEventRetry(Map<String, List<String>> headers) {
        String type = first(headers, "content-type");
        return first(headers, "x-slack-retry-num") != null && type != null && type.startsWith("application/json");
    }

    /** The Slack request the body holds, or null for anything Slack would not send. */
    private Request<?> parse(org.eclipse.jetty.server.Request request, Map<String, List<String>> headers, byte[] body) {
        try {
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getHttpURI().getPath())
                    .queryString(QueryStringParser.toMap(request.getHttpURI().getQuery()))
                    .headers(new RequestHeaders(headers))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(org.eclipse.jetty.server.Request.getRemoteAddr(request))
                    .build());
        } catch (RuntimeException e) {
            log.warn("unreadable request body: {}", e.toString());
            return null;
        }
    }

    private void run(Request<?> slackRequest, org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback) {
        try {
            Response answer = app.run(slackRequest);
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
            reply(response, callback, answer.getStatusCode(), answer.getContentType(),
                    answer.getBody() == null ? "" : answer.getBody());
        } catch (Exception e) {
            errors.error("handling a " + slackRequest.getRequestType() + " request failed", e);
            boolean command = slackRequest.getRequestType() == RequestType.Command;
            reply(response, callback, 200, JSON, command ? FAILED_COMMAND_REPLY : "");
        }
    }

    private static Map<String, List<String>> headers(org.eclipse.jetty.server.Request request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                    .add(field.getValue());
        }
        return headers;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void reply(org.eclipse.jetty.server.Response response, org.eclipse.jetty.util.Callback callback,
            int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        Content.Sink.write(response, true, body, callback);
    }
}
