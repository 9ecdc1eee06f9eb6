package ailog.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** PostgreSQL's client tools as an operator would run them, found on this machine's PATH when it has them. */
public final class PgTools {
    /** What a tool printed (standard output and error together) and its exit code. */
    public record Ran(int exit, String output) {}

    private PgTools() {}

    /** This JVM's PATH, for a child process that should find what we find. */
    public static String path() {
        return System.getenv().getOrDefault("PATH", "");
    }

    /** The tool's executable on the PATH, or empty when this machine has none. */
    public static Optional<Path> find(String tool) {
        return Arrays.stream(path().split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs a command to its end. */
    public static Ran run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish: " + output);
            }
            return new Ran(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code pg_restore --list}: the archive's table of contents. */
    public static Ran list(Path dump) {
        return run(List.of(find("pg_restore").orElseThrow().toString(), "--list", dump.toString()));
    }

    /** Restores an archive into an empty database on the test server, named by its JDBC URL. */
    public static Ran restore(Path dump, String jdbcUrl) {
        List<String> command = new ArrayList<>(List.of(find("pg_restore").orElseThrow().toString(), "--no-owner",
                "--exit-on-error", "--dbname=" + jdbcUrl.substring("jdbc:".length()), dump.toString()));
        return run(command);
    }

    /** An executable shell script, standing in for a tool. */
    public static Path script(Path folder, String name, String body) {
        try {
            Path file = Files.writeString(folder.resolve(name), "#!/bin/sh\n" + body + "\n");
            if (!file.toFile().setExecutable(true)) {
                throw new IllegalStateException("cannot make " + file + " executable");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
