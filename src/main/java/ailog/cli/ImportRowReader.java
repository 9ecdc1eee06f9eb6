package ailog.cli;

import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.RunRules;
import ailog.domain.WorkflowKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one import row against the logging rules and makes it a run. History may be older than the 30 days
 * the slash command allows. Repeated cells share one object, so a million runs fit in memory.
 */
final class ImportRowReader {
    /** A row that became a run, or every reason it could not. */
    sealed interface Checked {}

    record Valid(NewRun run) implements Checked {}

    record Invalid(List<String> problems) implements Checked {}

    private final ImportHeader header;
    private final int[] places;
    private final ImportWorkflows workflows;
    private final ImportCells cells;
    private final Instant loggedAt;
    private final Map<String, Optional<Outcome>> outcomes = new HashMap<>();
    private final Map<String, Optional<EditType>> editTypes = new HashMap<>();

    ImportRowReader(ImportHeader header, ImportWorkflows workflows, LocalDate latestDate, Instant loggedAt) {
        this.header = header;
        this.places = header.places();
        this.workflows = workflows;
        this.cells = new ImportCells(latestDate);
        this.loggedAt = loggedAt;
    }

    /** {@code row}: the row's cells, not kept. */
    Checked read(List<String> row) {
        if (row.size() != header.width()) {
            return new Invalid(List.of("expected " + header.width() + " cells, found " + row.size()));
        }
        List<String> problems = new ArrayList<>();
        Optional<LocalDate> date = cells.date(cell(row, ImportHeader.DATE).strip(), problems);
        Optional<String> user = cells.user(cell(row, ImportHeader.USER).strip(), problems);
        Optional<WorkflowKey> workflow = workflows.resolve(cell(row, ImportHeader.WORKFLOW).strip(), problems);
        Optional<Outcome> outcome = outcome(cell(row, ImportHeader.OUTCOME).strip(), problems);
        Optional<EditType> editType = editType(cell(row, ImportHeader.EDIT_TYPE).strip(), problems);
        String notes = cell(row, ImportHeader.NOTES);
        outcome.flatMap(o -> RunRules.problemWithEditType(o, editType)).ifPresent(problems::add);
        RunRules.problemWithNotes(notes).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new NewRun(user.get(), workflow.get(), outcome.get(), editType, date.get(),
                notes.isEmpty() ? "" : notes, loggedAt, LogSource.IMPORT, Optional.empty()));
    }

    private String cell(List<String> row, int column) {
        return ImportHeader.cell(row, places[column]);
    }

    private Optional<Outcome> outcome(String word, List<String> problems) {
        Optional<Outcome> outcome = outcomes.computeIfAbsent(word, Outcome::parse);
        if (outcome.isEmpty()) {
            problems.add(word.isEmpty() ? "the outcome is missing" : "unknown outcome `" + word
                    + "`; use as-is, light-edit, heavy-edit or not-used");
        }
        return outcome;
    }

    private Optional<EditType> editType(String word, List<String> problems) {
        Optional<EditType> editType = word.isEmpty()
                ? Optional.empty()
                : editTypes.computeIfAbsent(word, EditType::parse);
        if (!word.isEmpty() && editType.isEmpty()) {
            problems.add("unknown edit type `" + word + "`; use tone, scope, format, missing-info or wrong-info");
        }
        return editType;
    }
}
