package ailog.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A fake Slack Web API on loopback: records every call, answers like Slack, enforces Block Kit limits. */
public final class FakeSlack implements AutoCloseable {
    public static final String TEAM_ID = "T0TEAM001";
    public static final String BOT_USER_ID = "U0BOT0001";
    public static final String BOT_ID = "B0BOT0001";
    private static final Set<String> MESSAGE_METHODS = Set.of("chat.postMessage", "chat.postEphemeral", "chat.update");
    private static final Set<String> VIEW_METHODS = Set.of("views.publish", "views.open");
    private static final int RESPONSE_URL_USES = 5;

    /** One Web API call: method name, bearer token (or the form's {@code token}) and the decoded fields. */
    public record Call(String method, String token, Map<String, String> form) {
        public String get(String field) {
            return form.get(field);
        }
    }

    /** One JSON body posted to a {@code response_url}. */
    public record ResponsePost(String url, String json) {
        public JsonObject body() {
            return JsonParser.parseString(json).getAsJsonObject();
        }
    }

    /** Raw bytes posted to an {@code upload_url}. */
    public record Upload(String fileId, byte[] bytes) {}

    /** How {@code users.info} sees a user. */
    public enum UserState { ACTIVE, DELETED, BOT, UNKNOWN }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(FakeSlack::daemon);
    private final WebApiAnswers answers;
    private final Recorder<Call> calls = new Recorder<>();
    private final Recorder<Call> failed = new Recorder<>();
    private final Recorder<ResponsePost> responses = new Recorder<>();
    private final Recorder<Upload> uploads = new Recorder<>();
    private final Recorder<String> violations = new Recorder<>();
    private final InjectedFailures failures = new InjectedFailures();
    /** The error code that marks a garbled answer rather than a failed call. */
    private static final String GARBLED = "(garbled)";
    private final Map<Integer, AtomicInteger> responseUrlUses = new ConcurrentHashMap<>();
    private final AtomicInteger responseUrls = new AtomicInteger();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private volatile boolean authInvalid;
    private volatile PostingLimits postingLimits;

    private FakeSlack(Clock clock) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/", guarded(this::onApi));
        server.createContext("/upload/", guarded(this::onUpload));
        server.createContext("/response/", guarded(this::onResponseUrl));
        answers = new WebApiAnswers(clock, baseUrl());
        server.start();
    }

    /** Starts a fake whose {@code users.info} offsets follow the system clock. */
    public static FakeSlack start() {
        return start(Clock.systemUTC());
    }

    public static FakeSlack start(Clock clock) {
        try {
            return new FakeSlack(clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The value for {@code SlackConfig#setMethodsEndpointUrlPrefix}, with its trailing slash. */
    public String apiUrl() {
        return baseUrl() + "/api/";
    }

    /** The DM channel id {@code conversations.open} returns for a user: {@code "D" + userId}. */
    public static String dmChannel(String userId) {
        return "D" + userId;
    }

    // ---- configuration

    public void setUserZone(String userId, String zoneId) {
        answers.setUserZone(userId, zoneId);
    }

    public void setUser(String userId, UserState state) {
        answers.setUser(userId, state);
    }

    public void setSocketModeUrl(String url) {
        answers.setSocketModeUrl(url);
    }

    /** Every later call of {@code method} is answered only after {@code latency}, as a slow Slack would. */
    public void delay(String method, Duration latency) {
        delays.put(method, latency);
    }

    /**
     * From now on {@code chat.postMessage} is limited as Slack limits it: one message per second per channel, and
     * {@code burst} messages workspace-wide refilled at {@code perSecond}; over either, 429 with Retry-After.
     */
    public void limitPosting(int burst, double perSecond) {
        postingLimits = new PostingLimits(burst, perSecond);
    }

    /** Posts that arrived while a Retry-After the fake had given them was still running. */
    public int postsIgnoringRetryAfter() {
        return postingLimits == null ? 0 : postingLimits.ignored();
    }

    /** How many posts the limits answered with 429. */
    public int postsRateLimited() {
        return postingLimits == null ? 0 : postingLimits.limited();
    }

    /** While set, {@code auth.test} answers {@code invalid_auth}. */
    public void setAuthInvalid(boolean invalid) {
        authInvalid = invalid;
    }

    /** The next {@code times} calls of {@code method} fail with this HTTP status and {@code ratelimited}. */
    public void failNext(String method, int times, int httpStatus, String retryAfterSeconds) {
        failures.add(method, times, new InjectedFailures.Failure(httpStatus, retryAfterSeconds, "ratelimited"));
    }

    /**
     * The next {@code times} calls of {@code method} are carried out (a message is posted), but the answer that comes
     * back is a proxy's HTML error page with HTTP 200, not Slack's JSON.
     */
    public void garbleNext(String method, int times) {
        failures.add(method, times, new InjectedFailures.Failure(200, null, GARBLED));
    }

    /** The next {@code times} calls of {@code method} answer HTTP 200 {@code {"ok":false,"error":error}}. */
    public void failNextWithError(String method, int times, String error) {
        failures.add(method, times, new InjectedFailures.Failure(200, null, error));
    }

    // ---- what happened

    public List<Call> calls() {
        return calls.all();
    }

    public List<Call> calls(String method) {
        return calls.matching(call -> call.method().equals(method));
    }

    /** The calls of a method that were answered as Slack would, not with an injected failure. */
    public List<Call> delivered(String method) {
        List<Call> failures = failed.all();
        return calls(method).stream().filter(c -> failures.stream().noneMatch(f -> f == c)).toList();
    }

    /**
     * How many times each scheduled message reached a DM, by the outbox key its metadata carries: what a member sees,
     * counted whichever instance posted it.
     */
    public Map<String, Long> postsByOutboxKey() {
        return delivered("chat.postMessage").stream()
                .map(post -> post.get("metadata"))
                .filter(metadata -> metadata != null)
                .map(metadata -> JsonParser.parseString(metadata).getAsJsonObject()
                        .getAsJsonObject("event_payload").get("key").getAsString())
                .collect(Collectors.groupingBy(key -> key, TreeMap::new, Collectors.counting()));
    }

    /** Waits until {@code count} calls of {@code method} arrived (the app answers after its ack) and returns them. */
    public List<Call> awaitCalls(String method, int count, Duration timeout) {
        return calls.await(call -> call.method().equals(method), count, timeout, method + " calls");
    }

    /** Waits until {@code count} calls match, e.g. direct messages to one user, and returns them. */
    public List<Call> awaitCalls(Predicate<Call> filter, int count, Duration timeout, String what) {
        return calls.await(filter, count, timeout, what);
    }

    public String newResponseUrl() {
        return baseUrl() + "/response/" + responseUrls.incrementAndGet();
    }

    public List<ResponsePost> responses() {
        return responses.all();
    }

    public List<ResponsePost> awaitResponses(int count, Duration timeout) {
        return responses.await(post -> true, count, timeout, "response_url posts");
    }

    public List<Upload> uploads() {
        return uploads.all();
    }

    /** Block Kit and response_url violations, each prefixed with where it was sent; tests assert it is empty. */
    public List<String> violations() {
        return violations.all();
    }

    /** Forgets recorded calls, response posts, uploads and violations; users, switches and failures stay. */
    public void clear() {
        calls.clear();
        failed.clear();
        responses.clear();
        uploads.clear();
        violations.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- HTTP handlers

    private void onApi(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> form = RequestBodies.parse(
                exchange.getRequestHeaders().getFirst("Content-Type"), readString(exchange));
        Call call = new Call(method, token(exchange, form), form);
        calls.add(call);
        latency(delays.get(method));
        InjectedFailures.Failure failure = failures.next(method);
        if (failure != null && GARBLED.equals(failure.error())) {
            answers.answer(method, form); // Slack did the work; only its answer is lost on the way
            byte[] page = "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            return;
        }
        if (failure != null) {
            failed.add(call);
            if (failure.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", failure.retryAfter());
            }
            send(exchange, failure.status(), error(failure.error()));
            return;
        }
        PostingLimits limits = postingLimits;
        Optional<Integer> retryAfter = limits == null || !method.equals("chat.postMessage") ? Optional.empty()
                : limits.post(form.getOrDefault("channel", ""));
        if (retryAfter.isPresent()) {
            failed.add(call);
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter.get()));
            send(exchange, 429, error("ratelimited"));
            return;
        }
        if (method.equals("auth.test") && authInvalid) {
            send(exchange, 200, error("invalid_auth"));
            return;
        }
        if (method.equals("conversations.history")) {
            send(exchange, 200, history(form));
            return;
        }
        List<String> problems = blockProblems(method, form);
        send(exchange, 200, problems.isEmpty() ? answers.answer(method, form) : invalidBlocks(method, problems));
    }

    /**
     * The DM's messages as Slack keeps them: every {@code chat.postMessage} the fake accepted for that channel (a call
     * answered late still counts: Slack had posted it), newest first, with metadata only when asked for.
     */
    private JsonObject history(Map<String, String> form) {
        String channel = form.get("channel");
        boolean metadata = "1".equals(form.get("include_all_metadata")) || "true".equals(form.get("include_all_metadata"));
        JsonArray messages = new JsonArray();
        List<Call> posted = delivered("chat.postMessage");
        for (int i = posted.size() - 1; i >= 0; i--) {
            Call post = posted.get(i);
            if (channel.equals(post.get("channel")) || channel.equals(dmChannel(post.get("channel")))) {
                JsonObject message = new JsonObject();
                message.addProperty("type", "message");
                message.addProperty("text", post.get("text"));
                message.addProperty("ts", "1700000000." + String.format("%06d", i));
                if (metadata && post.get("metadata") != null) {
                    message.add("metadata", JsonParser.parseString(post.get("metadata")));
                }
                messages.add(message);
            }
        }
        JsonObject body = new JsonObject();
        body.addProperty("ok", true);
        body.add("messages", messages);
        body.addProperty("has_more", false);
        return body;
    }

    private void onUpload(HttpExchange exchange) throws IOException {
        String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
        uploads.add(new Upload(fileId, exchange.getRequestBody().readAllBytes()));
        byte[] ok = "OK".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, ok.length);
        exchange.getResponseBody().write(ok);
    }

    private void onResponseUrl(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String url = baseUrl() + path;
        String json = readString(exchange);
        responses.add(new ResponsePost(url, json));
        int n = responseNumber(path);
        if (n < 1 || n > responseUrls.get()) {
            violations.add(url + ": this response_url was never handed out");
            send(exchange, 404, error("expired_url"));
        } else if (responseUrlUses.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet() > RESPONSE_URL_USES) {
            violations.add(url + ": response_url used more than " + RESPONSE_URL_USES + " times");
            send(exchange, 404, error("used_url"));
        } else {
            List<String> problems = responseProblems(json);
            send(exchange, problems.isEmpty() ? 200 : 400,
                    problems.isEmpty() ? ok() : invalidBlocks(url, problems));
        }
    }

    private List<String> blockProblems(String method, Map<String, String> form) {
        if (MESSAGE_METHODS.contains(method)) {
            return BlockKitLimits.checkMessage(form.get("text"), form.get("blocks"));
        }
        if (VIEW_METHODS.contains(method)) {
            String view = form.get("view");
            return view == null
                    ? List.of("missing required field [json-pointer:/view]")
                    : BlockKitLimits.checkView(view);
        }
        return List.of();
    }

    private static List<String> responseProblems(String json) {
        try {
            return BlockKitLimits.checkMessage(JsonParser.parseString(json).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException e) {
            return List.of("invalid JSON: " + e.getMessage() + " [json-pointer:/]");
        }
    }

    private JsonObject invalidBlocks(String where, List<String> problems) {
        problems.forEach(problem -> violations.add(where + ": " + problem));
        JsonObject body = error("invalid_blocks");
        JsonArray errors = new JsonArray();
        problems.forEach(errors::add);
        body.add("errors", errors);
        return body;
    }

    // ---- small helpers

    /** The fake's own latency, on the thread answering this one call. */
    private static void latency(Duration delay) {
        if (delay == null) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static JsonObject error(String code) {
        JsonObject body = new JsonObject();
        body.addProperty("ok", false);
        body.addProperty("error", code);
        return body;
    }

    private static JsonObject ok() {
        JsonObject body = new JsonObject();
        body.addProperty("ok", true);
        return body;
    }

    private static String token(HttpExchange exchange, Map<String, String> form) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        return auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : form.get("token");
    }

    private static int responseNumber(String path) {
        try {
            return Integer.parseInt(path.substring("/response/".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String readString(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Turns a handler's bug into a 500 the test can see, instead of a silently dropped connection. */
    private static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException | IOException e) {
                e.printStackTrace();
                JsonObject body = error("fake_slack_bug");
                body.addProperty("detail", e.toString());
                send(exchange, 500, body);
            } finally {
                exchange.close();
            }
        };
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "fake-slack");
        thread.setDaemon(true);
        return thread;
    }
}
