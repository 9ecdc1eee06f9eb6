package ailog.cli;

import static ailog.cli.NewRunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportRoundTripTest {
    private static final List<String> AWKWARD_NOTES = List.of(
            "", "=SUM(A1)", "'=x", "''+y", "-5", "+1", "@cmd", "\tstarts with a tab", "\rstarts with a return",
            "'just a quote", "commas, and more, commas", "she said \"fine\"", "line one\nline two\r\nline three",
            "trailing space ", " leading space", "Crème brûlée, naïve café", "party 🎉🎉", "日本語のメモ", "#hash");

    @TempDir
    Path dir;

    @Test
    void export_then_import_into_a_fresh_database_gives_identical_rows() throws Exception {
        String exported;
        List<List<Object>> original;
        try (TestStore source = TestStore.at(dir.resolve("source.db")).withWorkflows("proposal", "-dash")) {
            source.runs.saveAll(AWKWARD_NOTES.stream().map(notes -> aRun().withNotes(notes).build()).toList());
            source.runs.saveAll(List.of(
                    aRun().of("-dash").by("W0XYZ").on("2023-01-09").withOutcome(Outcome.AS_IS, null).build(),
                    aRun().on("2024-06-16").withOutcome(Outcome.NOT_USED, EditType.MISSING_INFO).build()));
            Console console = new Console();
            assertThat(new CsvExport(source.runs, console.out, console.err).run(List.of())).isEqualTo(0);
            exported = console.out();
            original = rows(source);
        }
        Path file = Files.writeString(dir.resolve("exported.csv"), exported, StandardCharsets.UTF_8);

        try (TestStore target = TestStore.at(dir.resolve("target.db"))) {
            Console console = new Console();
            int exit = new CsvImport(target.runs, target.workflows, TestStore.CLOCK, console.out, console.err)
                    .run(List.of(file.toString(), "--create-workflows"));

            assertThat(console.err()).isEmpty();
            assertThat(exit).isEqualTo(0);
            assertThat(rows(target)).isEqualTo(original);
            Console again = new Console();
            new CsvExport(target.runs, again.out, again.err).run(List.of());
            assertThat(again.out()).isEqualTo(exported);
        }
    }

    private static List<List<Object>> rows(TestStore store) {
        return store.allRuns().stream()
                .map(r -> List.<Object>of(r.runDate(), r.userId(), r.workflow(), r.outcome(), r.editType(),
                        r.notes()))
                .toList();
    }
}
