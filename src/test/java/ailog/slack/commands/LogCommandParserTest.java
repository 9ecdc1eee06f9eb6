package ailog.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import ailog.domain.RunDay;
import ailog.domain.RunEntry;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogCommandParserTest {
    private final LogCommandParser parser = new LogCommandParser();

    private RunEntry parsed(String text) {
        LogCommandParser.Parsed parsed = parser.parse(text);
        assertThat(parsed.problems()).isEmpty();
        return parsed.entry().orElseThrow();
    }

    private String problemWith(String text) {
        LogCommandParser.Parsed parsed = parser.parse(text);
        assertThat(parsed.entry()).isEmpty();
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().get(0);
    }

    @Test
    void readsWorkflowAndOutcomeAlone() {
        assertThat(parsed("proposal as-is"))
                .isEqualTo(new RunEntry("proposal", Outcome.AS_IS, Optional.empty(), RunDay.today(), ""));
    }

    @ParameterizedTest
    @CsvSource({
        "as-is, AS_IS", "asis, AS_IS", "as_is, AS_IS", "used, AS_IS", "ok, AS_IS", "OK, AS_IS",
        "light-edit, LIGHT_EDIT", "light, LIGHT_EDIT", "light_edit, LIGHT_EDIT", "le, LIGHT_EDIT", "minor, LIGHT_EDIT",
        "heavy-edit, HEAVY_EDIT", "heavy, HEAVY_EDIT", "heavy_edit, HEAVY_EDIT", "he, HEAVY_EDIT", "Major, HEAVY_EDIT",
        "not-used, NOT_USED", "not_used, NOT_USED", "unused, NOT_USED", "none, NOT_USED", "discarded, NOT_USED",
        "rejected, NOT_USED"
    })
    void acceptsEveryOutcomeAlias(String word, Outcome expected) {
        assertThat(parsed("proposal " + word).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "tone, TONE", "scope, SCOPE", "format, FORMAT", "missing-info, MISSING_INFO", "missing, MISSING_INFO",
        "missing_info, MISSING_INFO", "wrong-info, WRONG_INFO", "wrong, WRONG_INFO", "wrong_info, WRONG_INFO",
        "incorrect, WRONG_INFO", "TONE, TONE"
    })
    void acceptsEveryEditTypeAlias(String word, EditType expected) {
        assertThat(parsed("proposal heavy-edit " + word).editType()).contains(expected);
    }

    @Test
    void keepsNotesAsTypedAfterEditTypeAndDate() {
        RunEntry entry = parsed("proposal light-edit tone date:2026-11-20 shortened   the intro, café ☕");
        assertThat(entry.editType()).contains(EditType.TONE);
        assertThat(entry.day()).isEqualTo(RunDay.on(LocalDate.of(2026, 11, 20)));
        assertThat(entry.notes()).isEqualTo("shortened   the intro, café ☕");
    }

    @Test
    void takesDateBeforeEditTypeToo() {
        RunEntry entry = parsed("proposal light-edit yesterday scope too long");
        assertThat(entry.day()).isEqualTo(RunDay.yesterday());
        assertThat(entry.editType()).contains(EditType.SCOPE);
        assertThat(entry.notes()).isEqualTo("too long");
    }

    @Test
    void readsDateYesterdayAndDateToday() {
        assertThat(parsed("proposal as-is date:yesterday").day()).isEqualTo(RunDay.yesterday());
        assertThat(parsed("proposal as-is date:today").day()).isEqualTo(RunDay.today());
    }

    @Test
    void treatsOrdinaryWordsAfterTheOutcomeAsNotes() {
        RunEntry entry = parsed("proposal as-is done in five minutes");
        assertThat(entry.editType()).isEmpty();
        assertThat(entry.notes()).isEqualTo("done in five minutes");
    }

    @Test
    void refusesAMissingOutcome() {
        assertThat(problemWith("proposal")).contains("as-is, light-edit, heavy-edit or not-used");
    }

    @Test
    void refusesAnUnknownOutcome() {
        assertThat(problemWith("proposal great")).contains("`great` is not an outcome");
    }

    @Test
    void refusesALoneMistypedEditType() {
        assertThat(problemWith("proposal light-edit tonee")).contains("`tonee` is not an edit type");
    }

    @Test
    void refusesAMalformedDate() {
        assertThat(problemWith("proposal as-is date:2026-13-45")).contains("is not a date");
    }

    @Test
    void clipsEchoedWordsSoHugeInputNeverFloodsTheReply() {
        String huge = "x".repeat(100_000);
        assertThat(problemWith("proposal " + huge)).hasSizeLessThan(200);
    }
}
