package ailog.slack.commands;

import ailog.slack.views.Reply;

/** One word of /ailog: what the member typed after it in, the ephemeral reply out. */
public interface Subcommand {
    Reply run(Invocation invocation);

    /**
     * Who ran the command, the text after the command word, the command's trigger id, with which a modal can be
     * opened in the next three seconds (empty when there is none), and where a reply that is not ready by the
     * acknowledgement goes later.
     */
    record Invocation(String userId, String arguments, String triggerId, FollowUp followUp) {
        /** An invocation without a trigger id whose answer is always the acknowledgement itself. */
        public Invocation(String userId, String arguments) {
            this(userId, arguments, "", FollowUp.NONE);
        }
    }
}
