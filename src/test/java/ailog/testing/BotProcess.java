package ailog.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ailog as its own process (from the test class path), started with no locale so the JVM's default charset is
 * ASCII, as under systemd or in a container; for crash, signal and start-up tests.
 */
public final class BotProcess {
    private static final Pattern LISTENING = Pattern.compile("serving HTTP on port (\\d+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread reader;

    private BotProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "bot-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static BotProcess start(Map<String, String> settings, String... args) {
        return start(settings, List.of(), args);
    }

    /** A short command ({@code tick}, {@code report} …) with the JIT flag the README suggests for those. */
    public static BotProcess startShortCommand(Map<String, String> settings, String... args) {
        return start(settings, List.of("-XX:TieredStopAtLevel=1"), args);
    }

    private static BotProcess start(Map<String, String> settings, List<String> jvmOptions, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "ailog.config.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_") || name.startsWith("JAVA_TOOL")
                || name.startsWith("SLACK_") || name.startsWith("AILOG_") || name.equals("PORT"));
        // `serve` rehearses the log path for about 9 s before it serves; tests that want it say AILOG_REHEARSAL=on
        env.put("AILOG_REHEARSAL", "off");
        env.putAll(settings);
        try {
            return new BotProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        port.completeExceptionally(new IllegalStateException("the bot exited before listening: " + output));
    }

    /** Waits for the "serving HTTP on port N" line. */
    public int awaitPort() {
        try {
            return port.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the bot did not start listening: " + output, e);
        }
    }

    /** Waits for the process to end and returns its exit code. */
    public int awaitExit() {
        return awaitExit(Duration.ofSeconds(30));
    }

    /** Waits for the process to end, at most {@code timeout}, and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the bot did not exit: " + output);
            }
            reader.join(5_000); // the last lines it printed
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * SIGTERM, as systemd or Docker would send. Through the process handle: {@code Process.destroy()} would also
     * close our end of its output, and we want to read what it prints while stopping.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** SIGKILL: no shutdown of any kind. */
    public void kill() {
        process.destroyForcibly();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public List<String> output() {
        return List.copyOf(output);
    }
}
