package ailog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeCellTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=SUM(A1)   | '=SUM(A1)",
        "+1         | '+1",
        "-5         | '-5",
        "@cmd       | '@cmd",
        "'=x        | ''=x",
        "''@x       | '''@x",
    })
    void a_cell_a_spreadsheet_would_run_gets_one_more_leading_quote(String cell, String neutralised) {
        assertThat(SpreadsheetSafeCell.neutralise(cell)).isEqualTo(neutralised);
        assertThat(SpreadsheetSafeCell.restore(neutralised)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tindented", "\rreturn", "'\ttab after quote"})
    void a_cell_starting_with_a_tab_or_carriage_return_is_neutralised_too(String cell) {
        assertThat(SpreadsheetSafeCell.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(SpreadsheetSafeCell.restore("'" + cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {" =SUM(A1)", "   +1", "\u00A0=1+1", "\u3000-2", "＝SUM(A1)", "＋1", "－1", "＠cmd",
        "' \u00A0＝x"})
    void a_formula_after_leading_spaces_or_in_full_width_signs_is_neutralised_too(String cell) {
        assertThat(SpreadsheetSafeCell.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(SpreadsheetSafeCell.restore("'" + cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "'quoted", "''", "'", "a=b", "5-3", "   ", " x=1", "é🎉中"})
    void any_other_cell_is_left_as_it_is_both_ways(String cell) {
        assertThat(SpreadsheetSafeCell.neutralise(cell)).isEqualTo(cell);
        assertThat(SpreadsheetSafeCell.restore(cell)).isEqualTo(cell);
    }
}
