package ailog.slack.commands;

import ailog.slack.views.Reply;

/** One word of /ailog: what the member typed after it in, the ephemeral reply out. */
public interface Subcommand {
    Reply run(Invocation invocation);

    /** Who ran the command and the text after the command word. */
    record Invocation(String userId, String arguments) {}
}
