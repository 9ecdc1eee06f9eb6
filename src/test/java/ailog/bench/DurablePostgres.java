package ailog.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server for the benchmarks that keeps the bot's promise, an acknowledged log is a committed one: fsync,
 * synchronous commits and full-page writes on (unlike the test suite's server), its data on the same disk as the
 * SQLite file it is compared with. The embedded binaries of the test class path, so nothing needs installing.
 */
public final class DurablePostgres implements AutoCloseable {
    private static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final String settings;

    private DurablePostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.settings = checkDurable();
    }

    /** Starts a new server with its data in {@code folder}/pgdata. */
    public static DurablePostgres start(Path folder) {
        Path data = folder.resolve("pgdata");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("locale", "C");
        DURABILITY.forEach(setting -> builder.setServerConfig(setting, "on"));
        try {
            return new DurablePostgres(builder.start(), data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL for the benchmark: " + e.getMessage(), e);
        }
    }

    /** Creates an empty database and returns its {@code jdbc:} URL, as {@code AILOG_DB} takes it. */
    public String createDatabase(String name) {
        execute("create database " + name + " template template0");
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name + "?user=postgres";
    }

    /** The server's version and its durability settings, as it reports them. */
    public String describe() {
        return settings;
    }

    /**
     * CPU time of the whole server so far: the postmaster, its background processes and the backends serving each
     * connection, those that have exited included (the kernel adds them to the postmaster's children's time).
     */
    public Optional<Duration> cpuTime() {
        Optional<Long> postmaster = postmasterPid();
        if (postmaster.isEmpty()) {
            return Optional.empty();
        }
        Optional<long[]> own = ProcStat.ticks(postmaster.get());
        if (own.isEmpty()) {
            return Optional.empty();
        }
        long ticks = own.get()[0] + own.get()[1] + own.get()[2] + own.get()[3];
        List<ProcessHandle> children = new ArrayList<>();
        ProcessHandle.of(postmaster.get()).ifPresent(handle -> handle.children().forEach(children::add));
        for (ProcessHandle child : children) {
            ticks += ProcStat.ticks(child.pid()).map(t -> t[0] + t[1]).orElse(0L);
        }
        return Optional.of(ProcStat.toDuration(ticks));
    }

    private Optional<Long> postmasterPid() {
        try {
            String firstLine = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0);
            return Optional.of(Long.parseLong(firstLine.strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Fails the run unless the server really runs with every durability setting on. */
    private String checkDurable() {
        StringBuilder described = new StringBuilder("PostgreSQL " + show("server_version"));
        for (String setting : DURABILITY) {
            String value = show(setting);
            if (!value.equals("on")) {
                throw new BenchmarkBroke("the benchmark's PostgreSQL runs with " + setting + "=" + value
                        + ": acknowledged logs would not be durable");
            }
            described.append(", ").append(setting).append('=').append(value);
        }
        return described.toString();
    }

    private String show(String setting) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new BenchmarkBroke("cannot read " + setting + " from PostgreSQL: " + e.getMessage());
        }
    }

    private void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new BenchmarkBroke("cannot run " + sql + " on PostgreSQL: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("could not stop PostgreSQL: " + e.getMessage());
        }
    }
}
