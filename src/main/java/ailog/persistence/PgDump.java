package ailog.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's own backup tool, {@code pg_dump}, run on the database a JDBC URL names: ailog does not copy a
 * PostgreSQL database itself, and says so plainly when the tool is not there.
 */
final class PgDump {
    private static final String PREFIX = "jdbc:postgresql:";
    private static final int KEPT_LINES = 10;

    /** libpq's options, from the URL: host, port, database and user as flags; the rest through the environment. */
    private final List<String> connection;
    private final Map<String, String> environment;
    /** How the example command line shows the password: never the password itself. */
    private final String shownPassword;

    private PgDump(List<String> connection, Map<String, String> environment, String shownPassword) {
        this.connection = connection;
        this.environment = environment;
        this.shownPassword = shownPassword;
    }

    /**
     * The dump of the database at {@code url}. The password is {@code password} (AILOG_DB_PASSWORD) or else the URL's
     * own; sslmode (or ssl=true, which the JDBC driver reads as verify-full) and sslrootcert are carried over;
     * the JDBC driver's other parameters mean nothing to pg_dump and are left out.
     */
    static PgDump of(String url, String password) {
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        Map<String, String> parameters = parameters(query < 0 ? "" : rest.substring(query + 1));
        String address = query < 0 ? rest : rest.substring(0, query);
        List<String> hosts = new ArrayList<>(List.of("localhost"));
        List<String> ports = new ArrayList<>(List.of("5432"));
        String database = address.startsWith("/") ? address.substring(1) : address;
        if (address.startsWith("//")) {
            hosts.clear();
            ports.clear();
            int slash = address.indexOf('/', 2);
            String authority = slash < 0 ? address.substring(2) : address.substring(2, slash);
            database = slash < 0 ? "" : address.substring(slash + 1);
            for (String host : authority.split(",")) {
                int colon = host.lastIndexOf(':');
                boolean hasPort = colon > host.lastIndexOf(']');
                hosts.add((hasPort ? host.substring(0, colon) : host).replaceAll("^\\[|]$", ""));
                ports.add(hasPort ? host.substring(colon + 1) : "5432");
            }
        }
        List<String> connection = new ArrayList<>();
        connection.add("--host=" + String.join(",", hosts));
        connection.add("--port=" + String.join(",", ports));
        if (parameters.containsKey("user")) {
            connection.add("--username=" + parameters.get("user"));
        }
        if (!decode(database).isEmpty()) {
            connection.add("--dbname=" + decode(database));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        String secret = password != null ? password : parameters.get("password");
        if (secret != null) {
            environment.put("PGPASSWORD", secret);
        }
        String shownPassword = password != null ? "\"$AILOG_DB_PASSWORD\"" : "'…'";
        String sslmode = parameters.getOrDefault("sslmode",
                "true".equalsIgnoreCase(parameters.get("ssl")) ? "verify-full" : null);
        if (sslmode != null) {
            environment.put("PGSSLMODE", sslmode);
        }
        if (parameters.containsKey("sslrootcert")) {
            environment.put("PGSSLROOTCERT", parameters.get("sslrootcert"));
        }
        return new PgDump(List.copyOf(connection), environment, shownPassword);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Runs pg_dump into {@code file} (custom format) and checks that it succeeded. */
    void writeTo(Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-password",
                "--file=" + file));
        command.addAll(connection);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump could not be started (" + e.getMessage() + "). A PostgreSQL"
                    + " database is backed up with PostgreSQL's own pg_dump: install the PostgreSQL client tools so"
                    + " that pg_dump is on the PATH (e.g. apt-get install postgresql-client), or run it yourself,"
                    + " e.g.: " + example("ailog.dump"), e);
        }
        process.getOutputStream().close();
        List<String> said = lastLines(process.getInputStream());
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pg_dump was running", e);
        }
        if (exit != 0) {
            throw new IllegalStateException("pg_dump failed (exit code " + exit + ")"
                    + (said.isEmpty() ? "" : ": " + String.join(" ", said)));
        }
    }

    /** What pg_dump printed, its last lines only: its errors, which come last. */
    private static List<String> lastLines(InputStream output) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line.strip());
                if (lines.size() > KEPT_LINES) {
                    lines.remove(0);
                }
            }
        }
        return lines;
    }

    /** The command line an operator can run instead, with the password left to AILOG_DB_PASSWORD. */
    String example(String file) {
        StringBuilder line = new StringBuilder();
        if (environment.containsKey("PGPASSWORD")) {
            line.append("PGPASSWORD=").append(shownPassword).append(' ');
        }
        environment.forEach((name, value) -> {
            if (!name.equals("PGPASSWORD")) {
                line.append(name).append('=').append(value).append(' ');
            }
        });
        line.append("pg_dump --format=custom --file=").append(file);
        connection.forEach(option -> line.append(' ').append(option));
        return line.toString();
    }
}
