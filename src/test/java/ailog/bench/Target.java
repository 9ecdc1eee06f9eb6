package ailog.bench;

import java.util.function.Predicate;

/** One server under load: its name, its process, a client for it, and what counts as an acknowledged log. */
record Target(String name, ServerProcess server, SlashCommandClient client, Predicate<SlashCommandClient.Answer> ok) {}
