package ailog.domain;

import java.util.EnumSet;
import java.util.Set;

/** The parts of a company's AI foundations that an owner can fix. */
public enum Foundation {
    CONTEXT_PACK("context pack"),
    WORKFLOW_PROMPT("workflow prompt"),
    VOICE_GUIDE("voice guide"),
    OUTPUT_TEMPLATE("output template"),
    TRAINING("training");

    private final String label;

    Foundation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The edit types a change here is meant to make rarer: those that point at it; training targets them all. */
    public Set<EditType> targets() {
        if (this == TRAINING) {
            return EnumSet.allOf(EditType.class);
        }
        EnumSet<EditType> targets = EnumSet.noneOf(EditType.class);
        for (EditType type : EditType.values()) {
            if (type.fix() == this) {
                targets.add(type);
            }
        }
        return targets;
    }
}
