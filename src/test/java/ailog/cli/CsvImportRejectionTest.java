package ailog.cli;

import static ailog.cli.CsvRow.aRow;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Workflow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportRejectionTest {
    @TempDir
    Path dir;

    private TestStore store;
    private final Console console = new Console();

    @BeforeEach
    void openStore() {
        store = TestStore.at(dir.resolve("ailog.db")).withWorkflows("proposal");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private int importArgs(String... args) {
        return new CsvImport(store.runs, store.workflows, TestStore.CLOCK, console.out, console.err)
                .run(List.of(args));
    }

    @Test
    void every_bad_row_is_listed_with_the_line_it_starts_on_and_nothing_is_stored() {
        Path file = CsvFile.withHeader()
                .line("2024-06-01,U0123ABCD,proposal,light-edit,tone,\"a note")
                .line("over three")
                .line("lines\"")
                .row(aRow().with("date", "01/06/2024"))
                .row(aRow().with("date", "2024-02-30"))
                .row(aRow().with("date", "2024-06-17"))
                .row(aRow().with("user", "bob"))
                .row(aRow().with("workflow", "invoices"))
                .row(aRow().with("outcome", "meh"))
                .row(aRow().with("edit_type", "vibes"))
                .row(aRow().with("outcome", "as-is").with("edit_type", "tone"))
                .row(aRow().with("notes", "x".repeat(1001)))
                .line("2024-06-01,U0123ABCD,proposal")
                .row(aRow().with("date", "").with("user", "").with("workflow", "").with("outcome", ""))
                .row(aRow())
                .writeTo(dir);

        assertThat(importArgs(file.toString())).isEqualTo(1);

        assertThat(console.errLines()).containsExactly(
                "line 5: `01/06/2024` is not a date like 2024-05-31",
                "line 6: `2024-02-30` is not a date like 2024-05-31",
                "line 7: the date 2024-06-17 is in the future",
                "line 8: `bob` is not a Slack user ID like U012AB3CD",
                "line 9: unknown workflow `invoices`: add it first with `/ailog workflow add invoices <display name>`,"
                        + " or import with --create-workflows",
                "line 10: unknown outcome `meh`; use as-is, light-edit, heavy-edit or not-used",
                "line 11: unknown edit type `vibes`; use tone, scope, format, missing-info or wrong-info",
                "line 12: an as-is run needed no editing, so it takes no edit type",
                "line 13: the notes are 1001 characters; at most 1000 are kept",
                "line 14: expected 6 cells, found 3",
                "line 15: the date is missing; the user is missing; the workflow is missing; the outcome is missing",
                "11 bad rows; nothing was imported");
        assertThat(console.out()).isEmpty();
        assertThat(store.allRuns()).isEmpty();
    }

    @Test
    void one_bad_row_among_many_good_ones_stores_nothing() {
        Path file = CsvFile.withHeader()
                .rows(500, aRow())
                .row(aRow().with("outcome", "meh"))
                .rows(500, aRow())
                .writeTo(dir);

        assertThat(importArgs(file.toString())).isEqualTo(1);

        assertThat(console.errLines()).hasSize(2).first().asString().startsWith("line 502: unknown outcome");
        assertThat(store.allRuns()).isEmpty();
    }

    @Test
    void a_bad_last_row_after_rows_that_fill_many_inserts_stores_nothing_and_names_its_line() {
        Path file = CsvFile.withHeader()
                .rows(1_233, aRow())
                .row(aRow().with("user", "bob"))
                .writeTo(dir);

        assertThat(importArgs(file.toString())).isEqualTo(1);

        assertThat(console.errLines()).containsExactly("line 1235: `bob` is not a Slack user ID like U012AB3CD",
                "1 bad row; nothing was imported");
        assertThat(store.allRuns()).isEmpty();
    }

    @Test
    void create_workflows_adds_the_missing_ones_as_added_by_the_import() {
        Path file = CsvFile.withHeader()
                .row(aRow().with("workflow", "invoices"))
                .row(aRow().with("workflow", "Invoices"))
                .row(aRow().with("workflow", "shift-handover"))
                .row(aRow().with("workflow", "proposal"))
                .writeTo(dir);

        assertThat(importArgs(file.toString(), "--create-workflows")).isEqualTo(0);

        assertThat(console.out()).isEqualTo("imported 4 runs; added 2 workflows: invoices, shift-handover"
                + System.lineSeparator());
        assertThat(store.workflows.find("invoices")).map(Workflow::addedBy).contains("import");
        assertThat(store.allRuns()).extracting(r -> r.workflow().value())
                .containsExactly("invoices", "invoices", "shift-handover", "proposal");
    }

    @Test
    void create_workflows_still_rejects_a_word_that_cannot_be_a_key_and_then_adds_none() {
        Path file = CsvFile.withHeader()
                .row(aRow().with("workflow", "invoices"))
                .row(aRow().with("workflow", "status update"))
                .row(aRow().with("workflow", "report"))
                .writeTo(dir);

        assertThat(importArgs(file.toString(), "--create-workflows")).isEqualTo(1);

        assertThat(console.errLines()).containsExactly(
                "line 3: `status update` cannot be a new workflow: a workflow key is 1–40 lower-case letters,"
                        + " digits or dashes",
                "line 4: `report` cannot be a new workflow: `report` is an /ailog command word, so it cannot be"
                        + " a workflow key",
                "2 bad rows; nothing was imported");
        assertThat(store.workflows.find("invoices")).isEmpty();
    }

    @Test
    void a_file_that_is_missing_empty_or_has_the_wrong_header_is_refused_in_one_line() {
        Path empty = CsvFile.withHeader("").writeTo(dir);
        assertRefused(dir.resolve("nope.csv"), "no such file");
        assertRefused(dir, "it is not a file");
        assertRefused(write(""), "the file is empty");
        assertRefused(CsvFile.withHeader("date,user,workflow,result").row(aRow()).writeTo(dir),
                "line 1: unknown column `result`; the header is date,user,workflow,outcome,edit_type,notes"
                        + " (edit_type and notes may be left out)");
        assertRefused(CsvFile.withHeader("date,user,outcome").writeTo(dir),
                "line 1: no `workflow` column; the header is date,user,workflow,outcome,edit_type,notes"
                        + " (edit_type and notes may be left out)");
        assertRefused(CsvFile.withHeader("date,user,workflow,outcome,date").writeTo(dir),
                "line 1: column `date` appears twice; the header is date,user,workflow,outcome,edit_type,notes"
                        + " (edit_type and notes may be left out)");
        assertRefused(empty, "line 1 is blank; the header is date,user,workflow,outcome,edit_type,notes"
                + " (edit_type and notes may be left out)");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_in_one_line() throws Exception {
        byte[] latin1 = (CsvFile.HEADER + "\n2024-06-01,U0123ABCD,proposal,light-edit,tone,caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.csv"), latin1);

        assertRefused(file, "it is not UTF-8 text; save it as \"CSV UTF-8\"");
    }

    @Test
    void a_quote_left_open_is_refused_in_one_line() {
        Path file = CsvFile.withHeader().row(aRow()).line("2024-06-01,U0123ABCD,proposal,as-is,,\"open").writeTo(dir);

        assertThat(importArgs(file.toString())).isEqualTo(1);

        assertThat(console.errLines()).singleElement().asString()
                .startsWith("cannot import " + file + ": line 3 onwards is not valid CSV: ");
        assertThat(store.allRuns()).isEmpty();
    }

    @Test
    void wrong_arguments_print_the_usage_and_exit_with_2() {
        assertThat(importArgs()).isEqualTo(2);
        assertThat(importArgs("a.csv", "b.csv")).isEqualTo(2);
        assertThat(importArgs("a.csv", "--force")).isEqualTo(2);

        assertThat(console.errLines()).containsOnly("usage: ailog import FILE.csv [--create-workflows]");
    }

    private void assertRefused(Path file, String reason) {
        Console console = new Console();
        int exit = new CsvImport(store.runs, store.workflows, TestStore.CLOCK, console.out, console.err)
                .run(new ArrayList<>(List.of(file.toString())));

        assertThat(exit).isEqualTo(1);
        assertThat(console.errLines()).containsExactly("cannot import " + file + ": " + reason);
        assertThat(store.allRuns()).isEmpty();
    }

    private Path write(String text) {
        try {
            return Files.writeString(Files.createTempFile(dir, "raw", ".csv"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
