package ailog.domain.metrics;

/** What acceptance before and after a change says, judged by Fisher's exact test at p < 0.05. */
public enum ChangeVerdict {
    BETTER("better"),
    WORSE("worse"),
    NO_CLEAR_CHANGE("no-clear-change"),
    /** Fewer than 5 runs on a side: the project's rule for any rate. */
    TOO_FEW("too-few-to-judge");

    /** A difference is "clear" below this two-sided p-value. */
    public static final double CLEAR = 0.05;

    private final String key;

    ChangeVerdict(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Better or worse: there is enough evidence to tell the members. */
    public boolean clear() {
        return this == BETTER || this == WORSE;
    }
}
