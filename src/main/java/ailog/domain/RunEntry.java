package ailog.domain;

import java.util.Optional;

/** What a member said about one run, before the workflow word is looked up in the catalog. */
public record RunEntry(String workflowWord, Outcome outcome, Optional<EditType> editType, RunDay day,
        String notes) {}
