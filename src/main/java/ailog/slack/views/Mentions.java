package ailog.slack.views;

import java.util.List;
import java.util.stream.Collectors;

/** A list of people as mentions, cut to the first few so a reply about hundreds stays readable and within limits. */
final class Mentions {
    static final int SHOWN = 20;

    private Mentions() {}

    /** "<@U1>, <@U2>" or, past {@link #SHOWN} people, "<@U1>, …, <@U20> …and 480 more". */
    static String summary(List<String> userIds) {
        String shown = userIds.stream().limit(SHOWN).map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
        return userIds.size() <= SHOWN ? shown : shown + " …and " + (userIds.size() - SHOWN) + " more";
    }
}
