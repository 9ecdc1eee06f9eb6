package ailog.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a member says is in the way, in a week without runs. */
public enum Obstacle {
    BAD_EXPERIENCE("bad-experience", "a past bad experience with AI"),
    JOB_SECURITY("job-security", "worries about job security"),
    CREATIVE_JUDGEMENT("creative-judgement", "the work needs creative judgement"),
    UNFAMILIAR_TOOLS("unfamiliar-tools", "the tools are unfamiliar"),
    NO_TIME("no-time", "no time");

    private final String key;
    private final String label;

    Obstacle(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Obstacle> fromKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }
}
