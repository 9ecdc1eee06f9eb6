package ailog.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The server's first line containing {@code text}, among the lines it printed up to now that are still kept. */
    Optional<String> printed(String text) {
        synchronized (lastLines) {
            return lastLines.stream().filter(line -> line.contains(text)).findFirst();
        }
    }

    /** What a server's CPU went to, by its threads: the JIT compilers, the garbage collector, and everything else. */
    record CpuByKind(Duration jit, Duration gc, Duration rest) {
        static final CpuByKind NONE = new CpuByKind(Duration.ZERO, Duration.ZERO, Duration.ZERO);

        CpuByKind minus(CpuByKind before) {
            return new CpuByKind(jit.minus(before.jit), gc.minus(before.gc), rest.minus(before.rest));
        }
    }

    /**
     * The CPU time of the server's live threads so far, by kind, from Linux's /proc (threads that have ended are not
     * counted); {@link CpuByKind#NONE} where there is no /proc.
     */
    CpuByKind cpuByKind() {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        long[] ticks = new long[3];
        try (var threads = Files.list(tasks)) {
            threads.forEach(thread -> {
                try {
                    String name = Files.readString(thread.resolve("comm")).strip();
                    long used = ProcStat.ticks(thread.resolve("stat")).map(t -> t[0] + t[1]).orElse(0L);
                    int kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? 0
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? 1 : 2;
                    ticks[kind] += used;
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we looked: its time is lost to the count, as documented
                }
            });
        } catch (IOException e) {
            return CpuByKind.NONE;
        }
        return new CpuByKind(ProcStat.toDuration(ticks[0]), ProcStat.toDuration(ticks[1]),
                ProcStat.toDuration(ticks[2]));
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
