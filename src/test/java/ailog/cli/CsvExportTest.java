package ailog.cli;

import static ailog.cli.NewRunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.SqliteOnly;
import ailog.app.Runs;
import ailog.domain.EditType;
import ailog.domain.Outcome;
import ailog.domain.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

class CsvExportTest {
    @TempDir
    Path dir;

    private TestStore store;
    private final Console console = new Console();

    @BeforeEach
    void openStore() {
        store = TestStore.at(dir.resolve("ailog.db")).withWorkflows("proposal", "-odd-key");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private int export(String... args) {
        return new CsvExport(store.runs, console.out, console.err).run(List.of(args));
    }

    @Test
    void every_run_is_written_in_date_order_with_rfc_4180_quoting() {
        store.runs.saveAll(List.of(
                aRun().on("2024-06-02").withNotes("said \"hi\", then left").build(),
                aRun().on("2024-06-01").by("W0XYZ").withOutcome(Outcome.AS_IS, null).build(),
                aRun().on("2024-06-03").withOutcome(Outcome.NOT_USED, EditType.WRONG_INFO).withNotes("two\nlines")
                        .build()));

        assertThat(export()).isEqualTo(0);

        assertThat(console.out()).isEqualTo("date,user,workflow,outcome,edit_type,notes\r\n"
                + "2024-06-01,W0XYZ,proposal,as-is,,\r\n"
                + "2024-06-02,U0123ABCD,proposal,light-edit,tone,\"said \"\"hi\"\", then left\"\r\n"
                + "2024-06-03,U0123ABCD,proposal,not-used,wrong-info,\"two\nlines\"\r\n");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        store.runs.saveAll(List.of(
                aRun().withNotes("=SUM(A1)").build(),
                aRun().withNotes("+1").build(),
                aRun().withNotes("-5").build(),
                aRun().withNotes("@cmd").build(),
                aRun().withNotes("\tHYPERLINK").build(),
                aRun().withNotes("'=already quoted").build(),
                aRun().withNotes("'just a quote").build(),
                aRun().of("-odd-key").build()));

        export();

        assertThat(console.out()).isEqualTo("date,user,workflow,outcome,edit_type,notes\r\n"
                + "2024-06-01,U0123ABCD,proposal,light-edit,tone,'=SUM(A1)\r\n"
                + "2024-06-01,U0123ABCD,proposal,light-edit,tone,'+1\r\n"
                + "2024-06-01,U0123ABCD,proposal,light-edit,tone,'-5\r\n"
                + "2024-06-01,U0123ABCD,proposal,light-edit,tone,'@cmd\r\n"
                + "2024-06-01,U0123ABCD,proposal,light-edit,tone,'\tHYPERLINK\r\n"
                + "2024-06-01,U0123ABCD,proposal,light-edit,tone,''=already quoted\r\n"
                + "2024-06-01,U0123ABCD,proposal,light-edit,tone,'just a quote\r\n"
                + "2024-06-01,U0123ABCD,'-odd-key,light-edit,tone,\r\n");
    }

    @Test
    void out_writes_utf8_to_a_file_and_says_how_many_runs() throws Exception {
        store.runs.saveAll(List.of(aRun().withNotes("café 🎉 中文").build()));
        Path file = dir.resolve("runs.csv");

        assertThat(export("--out", file.toString())).isEqualTo(0);

        assertThat(console.out()).isEqualTo("exported 1 run to " + file + System.lineSeparator());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith(",café 🎉 中文\r\n");
    }

    @Test
    void an_empty_database_exports_just_the_header() {
        assertThat(export()).isEqualTo(0);

        assertThat(console.out()).isEqualTo("date,user,workflow,outcome,edit_type,notes\r\n");
    }

    @Test
    void folders_that_do_not_exist_yet_are_created() throws Exception {
        Path file = dir.resolve("no/such/folder.csv");

        assertThat(export("--out", file.toString())).isEqualTo(0);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("date,user,");
    }

    @Test
    @SqliteOnly
    void exporting_onto_the_database_file_is_refused_and_the_database_stays_whole() throws Exception {
        store.runs.saveAll(List.of(aRun().build(), aRun().build()));
        Path database = dir.resolve("ailog.db");
        long size = Files.size(database);

        assertThat(export("--out", database.toString())).isEqualTo(1);

        assertThat(console.errLines()).singleElement().asString().startsWith("not exporting: ")
                .contains("is an SQLite database");
        assertThat(Files.size(database)).isEqualTo(size);
        assertThat(store.allRuns()).hasSize(2);
    }

    @Test
    void an_export_that_fails_halfway_leaves_the_file_that_was_there_whole_and_no_partial_file() throws Exception {
        store.runs.saveAll(List.of(aRun().build(), aRun().build()));
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "last week's export\n");
        Runs failingAfterOneRun = Mockito.mock(Runs.class);
        Mockito.doAnswer(call -> {
            call.<Consumer<Run>>getArgument(0).accept(store.allRuns().get(0));
            throw new UncheckedIOException(new IOException("No space left on device"));
        }).when(failingAfterOneRun).forEach(Mockito.any());

        int exit = new CsvExport(failingAfterOneRun, console.out, console.err).run(List.of("--out", file.toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("last week's export\n");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void wrong_arguments_print_the_usage_and_exit_with_2() {
        assertThat(export("--out")).isEqualTo(2);
        assertThat(export("runs.csv")).isEqualTo(2);

        assertThat(console.errLines()).containsOnly("usage: ailog export [--out FILE]");
    }
}
