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
import org.apache.commons.csv.CSVRecord;

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
    private final ImportWorkflows workflows;
    private final ImportCells cells;
    private final Instant loggedAt;
    private final Map<String, Optional<Outcome>> outcomes = new HashMap<>();
    private final Map<String, Optional<EditType>> editTypes = new HashMap<>();

    ImportRowReader(ImportHeader header, ImportWorkflows workflows, LocalDate latestDate, Instant loggedAt) {
        this.header = header;
        this.workflows = workflows;
        this.cells = new ImportCells(latestDate);
        this.loggedAt = loggedAt;
    }

    Checked read(CSVRecord row) {
        if (row.size() != header.width()) {
            return new Invalid(List.of("expected " + header.width() + " cells, found " + row.size()));
        }
        List<String> problems = new ArrayList<>();
        Optional<LocalDate> date = cells.date(header.cell(row, "date").strip(), problems);
        Optional<String> user = cells.user(header.cell(row, "user").strip(), problems);
        Optional<WorkflowKey> workflow = workflows.resolve(header.cell(row, "workflow").strip(), problems);
        Optional<Outcome> outcome = outcome(header.cell(row, "outcome").strip(), problems);
        Optional<EditType> editType = editType(header.cell(row, "edit_type").strip(), problems);
        String notes = header.cell(row, "notes");
        outcome.flatMap(o -> RunRules.problemWithEditType(o, editType)).ifPresent(problems::add);
        RunRules.problemWithNotes(notes).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new NewRun(user.get(), workflow.get(), outcome.get(), editType, date.get(),
                notes.isEmpty() ? "" : notes, loggedAt, LogSource.IMPORT, Optional.empty()));
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
