package ailog.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server under test in its own JVM: same flags as the other, found by its log line, stopped with SIGTERM. */
final class ServerProcess implements AutoCloseable {
    /** The same for every server, so only the code differs. */
    static final List<String> JVM_FLAGS = List.of("-Xms512m", "-Xmx512m", "-XX:+UseG1GC");
    private static final Pattern LISTENING = Pattern.compile("serving HTTP on port (\\d+)");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
    private static final int KEPT_LINES = 40;

    private final String name;
    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private ServerProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(this::readOutput, name + "-output");
        reader.setDaemon(true);
        reader.start();
        // If the benchmark itself is interrupted (Ctrl-C), no server is left behind.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /** Starts {@code java <flags> <launch…>} with {@code env} added to ours, and waits until it listens. */
    static ServerProcess start(String name, List<String> launch, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(launch);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        try {
            ServerProcess server = new ServerProcess(name, builder.start());
            server.awaitPort();
            return server;
        } catch (IOException e) {
            throw new BenchmarkBroke("cannot start " + name + ": " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port.join();
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the server's JVM has used so far, all threads (zero where the OS does not tell). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Sends SIGTERM and waits for the server's own shutdown; true when it exited within the limit. */
    boolean stopGracefully() {
        process.destroy();
        try {
            if (process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return false;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stopGracefully();
        }
    }

    private void awaitPort() {
        try {
            port.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failedToStart("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw failedToStart(e instanceof TimeoutException ? "no port within " + START_LIMIT.toSeconds() + " s"
                    : e.getCause().getMessage());
        }
    }

    private BenchmarkBroke failedToStart(String why) {
        process.destroyForcibly();
        synchronized (lastLines) {
            return new BenchmarkBroke(name + " did not start (" + why + "); its last output:\n  "
                    + String.join("\n  ", lastLines));
        }
    }

    /** Reads the server's output until it exits: finds the port, keeps the last lines for a failure message. */
    private void readOutput() {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                keep(line);
                Matcher matcher = LISTENING.matcher(line);
                if (!port.isDone() && matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            keep("(reading output failed: " + e + ")");
        }
        port.completeExceptionally(new IllegalStateException("it exited with code " + exitCode()));
    }

    private void keep(String line) {
        synchronized (lastLines) {
            if (lastLines.size() == KEPT_LINES) {
                lastLines.removeFirst();
            }
            lastLines.addLast(line);
        }
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
