package ailog.domain.metrics;

/** The report's first sentence, with singulars where a count is one and "—" for a rate without runs. */
public record Headline(ReportWindow window, int membersActive, AcceptanceRate acceptance,
        int workflowsBelowThreshold) {
    public Headline {
        if (membersActive < 0 || workflowsBelowThreshold < 0) {
            throw new IllegalArgumentException("headline counts cannot be negative");
        }
    }

    /** "7 team members ran 63 workflow sessions this week; blended acceptance rate 78%; 2 workflows …". */
    public String text() {
        return counted(membersActive, "team member", "team members") + " ran "
                + counted(acceptance.runs(), "workflow session", "workflow sessions") + " " + window.phrase()
                + "; blended acceptance rate " + rate() + "; "
                + counted(workflowsBelowThreshold, "workflow", "workflows") + " below threshold under review.";
    }

    private String rate() {
        return acceptance.percent().isPresent() ? acceptance.percent().getAsInt() + "%" : "—";
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
