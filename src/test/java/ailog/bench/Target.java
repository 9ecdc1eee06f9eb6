package ailog.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One configuration under load: its name, the server processes that answer (requests spread across them in turn), a
 * client for each, what counts as an acknowledged log, and the CPU clock of a database server outside them, if any.
 */
record Target(String name, List<ServerProcess> servers, List<SlashCommandClient> clients,
        Predicate<SlashCommandClient.Answer> ok, Supplier<Optional<Duration>> databaseCpu) {

    /** One server with its database inside it (SQLite), or none at all. */
    Target(String name, ServerProcess server, SlashCommandClient client, Predicate<SlashCommandClient.Answer> ok) {
        this(name, List.of(server), List.of(client), ok, Optional::empty);
    }

    /** The one server of a single-server target. */
    ServerProcess server() {
        return servers.get(0);
    }

    /** The client for request {@code i}: the servers in turn. */
    SlashCommandClient client(int i) {
        return clients.get(i % clients.size());
    }

    /** CPU time the servers' JVMs have used so far, added up. */
    Duration serversCpu() {
        return servers.stream().map(ServerProcess::cpuTime).reduce(Duration.ZERO, Duration::plus);
    }
}
