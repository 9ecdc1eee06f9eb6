package ailog.slack.messages;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ids of the events answered lately, so a redelivered event is not answered twice. */
public final class SeenEvents {
    /** Slack redelivers within minutes; a few thousand ids cover far more than that. */
    private static final int REMEMBERED = 5_000;

    private final Map<String, Boolean> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** True the first time an id is seen; an event without an id counts as new. */
    public synchronized boolean firstTime(String eventId) {
        return eventId == null || recent.put(eventId, Boolean.TRUE) == null;
    }
}
