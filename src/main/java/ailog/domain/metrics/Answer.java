package ailog.domain.metrics;

/** One check's answer: yes, no, or not judged because too few runs stand behind it. */
public enum Answer {
    YES,
    NO,
    NOT_ENOUGH_RUNS;

    public static Answer of(boolean yes) {
        return yes ? YES : NO;
    }

    public boolean judged() {
        return this != NOT_ENOUGH_RUNS;
    }
}
