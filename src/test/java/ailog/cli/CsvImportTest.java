package ailog.cli;

import static ailog.cli.CsvRow.aRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.Outcome;
import ailog.app.Workflows;
import ailog.domain.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

class CsvImportTest {
    @TempDir
    Path dir;

    private TestStore store;
    private final Console console = new Console();

    @BeforeEach
    void openStore() {
        store = TestStore.at(dir.resolve("ailog.db")).withWorkflows("proposal", "status-update");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private int importFile(Path file, String... flags) {
        List<String> args = new ArrayList<>(List.of(file.toString()));
        args.addAll(List.of(flags));
        return new CsvImport(store.runs, store.workflows, TestStore.CLOCK, console.out, console.err).run(args);
    }

    @Test
    void a_good_file_is_stored_as_imported_runs() {
        Path file = CsvFile.withHeader()
                .row(aRow().with("date", "2024-06-01").with("user", "U0123ABCD").with("workflow", "proposal")
                        .with("outcome", "light-edit").with("edit_type", "tone").with("notes", "too formal"))
                .row(aRow().with("date", "2024-05-02").with("user", "W9XY").with("workflow", "status-update")
                        .with("outcome", "as-is").with("edit_type", ""))
                .writeTo(dir);

        assertThat(importFile(file)).isEqualTo(0);

        assertThat(console.out()).isEqualTo("imported 2 runs" + System.lineSeparator());
        assertThat(console.err()).isEmpty();
        List<Run> runs = store.allRuns();
        assertThat(runs).extracting(Run::runDate, Run::userId, r -> r.workflow().value(), Run::outcome,
                        Run::editType, Run::notes)
                .containsExactly(
                        tuple(LocalDate.parse("2024-05-02"), "W9XY", "status-update",
                                Outcome.AS_IS, Optional.empty(), ""),
                        tuple(LocalDate.parse("2024-06-01"), "U0123ABCD", "proposal",
                                Outcome.LIGHT_EDIT, Optional.of(EditType.TONE), "too formal"));
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.source()).isEqualTo(LogSource.IMPORT);
            assertThat(run.loggedAt()).isEqualTo(TestStore.NOW);
        });
    }

    @Test
    void columns_may_come_in_any_order_and_edit_type_and_notes_may_be_left_out() {
        Path file = CsvFile.withHeader("outcome,workflow,user,date")
                .line("heavy-edit,proposal,U0123ABCD,2024-06-03")
                .writeTo(dir);

        assertThat(importFile(file)).isEqualTo(0);

        Run run = store.allRuns().get(0);
        assertThat(run.outcome()).isEqualTo(Outcome.HEAVY_EDIT);
        assertThat(run.editType()).isEmpty();
        assertThat(run.notes()).isEmpty();
    }

    @Test
    void outcomes_edit_types_and_workflows_may_be_given_by_alias_or_display_name_in_any_case() {
        Path file = CsvFile.withHeader()
                .row(aRow().with("outcome", "OK").with("edit_type", ""))
                .row(aRow().with("outcome", "LE").with("edit_type", "missing"))
                .row(aRow().with("outcome", "major").with("edit_type", "Incorrect"))
                .row(aRow().with("outcome", "rejected").with("edit_type", "wrong_info"))
                .row(aRow().with("workflow", "the STATUS-UPDATE"))
                .writeTo(dir);

        assertThat(importFile(file)).isEqualTo(0);

        assertThat(store.allRuns()).extracting(Run::outcome, Run::editType, r -> r.workflow().value())
                .containsExactly(
                        tuple(Outcome.AS_IS, Optional.empty(), "proposal"),
                        tuple(Outcome.LIGHT_EDIT, Optional.of(EditType.MISSING_INFO), "proposal"),
                        tuple(Outcome.HEAVY_EDIT, Optional.of(EditType.WRONG_INFO), "proposal"),
                        tuple(Outcome.NOT_USED, Optional.of(EditType.WRONG_INFO), "proposal"),
                        tuple(Outcome.LIGHT_EDIT, Optional.of(EditType.TONE), "status-update"));
    }

    @Test
    void history_older_than_thirty_days_and_tomorrow_in_utc_are_accepted() {
        Path file = CsvFile.withHeader()
                .row(aRow().with("date", "2019-01-31"))
                .row(aRow().with("date", "2024-06-16"))
                .writeTo(dir);

        assertThat(importFile(file)).isEqualTo(0);

        assertThat(store.allRuns()).extracting(Run::runDate)
                .containsExactly(LocalDate.parse("2019-01-31"), LocalDate.parse("2024-06-16"));
    }

    @Test
    void a_cell_that_export_neutralised_is_restored() {
        Path file = CsvFile.withHeader()
                .row(aRow().with("notes", "'=SUM(A1)"))
                .row(aRow().with("notes", "''-5"))
                .row(aRow().with("notes", "'plain quote"))
                .writeTo(dir);

        assertThat(importFile(file)).isEqualTo(0);

        assertThat(store.allRuns()).extracting(Run::notes).containsExactly("=SUM(A1)", "'-5", "'plain quote");
    }

    @Test
    void blank_lines_are_skipped_and_still_counted() {
        Path file = CsvFile.withHeader().line("").row(aRow()).line(",,,,,").row(aRow().with("user", "bob"))
                .writeTo(dir);

        assertThat(importFile(file)).isEqualTo(1);

        assertThat(console.errLines()).first().asString().startsWith("line 5: ");
    }

    @Test
    void a_spreadsheet_byte_order_mark_before_the_header_is_ignored() {
        Path file = CsvFile.withHeader("\uFEFF" + CsvFile.HEADER).row(aRow()).writeTo(dir);

        assertThat(importFile(file)).isEqualTo(0);

        assertThat(store.allRuns()).hasSize(1);
    }

    @Test
    void a_file_that_gains_a_bad_row_between_checking_and_storing_stores_nothing() throws Exception {
        Path file = CsvFile.withHeader()
                .row(aRow().with("workflow", "proposal"))
                .row(aRow().with("workflow", "brand-new"))
                .writeTo(dir);
        // the catalog is changed between the two readings, when --create-workflows adds brand-new: edit the file then
        Workflows catalog = Mockito.spy(store.workflows);
        Mockito.doAnswer(call -> {
            Files.writeString(file, "2024-06-01,U0123ABCD,proposal,not-an-outcome,,\n", StandardOpenOption.APPEND);
            return call.callRealMethod();
        }).when(catalog).add(ArgumentMatchers.any());

        int exit = new CsvImport(store.runs, catalog, TestStore.CLOCK, console.out, console.err)
                .run(List.of(file.toString(), "--create-workflows"));

        assertThat(exit).isEqualTo(1);
        assertThat(console.err()).contains("line 4 changed while importing").contains("nothing was imported");
        assertThat(console.out()).isEmpty();
        assertThat(store.allRuns()).isEmpty();
    }
}
