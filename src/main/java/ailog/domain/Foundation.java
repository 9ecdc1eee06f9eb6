package ailog.domain;

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
}
