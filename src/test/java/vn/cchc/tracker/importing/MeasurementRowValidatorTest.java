package vn.cchc.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import vn.cchc.tracker.indicator.ValueGrammarCases;
import vn.cchc.tracker.indicator.ValueGrammarCases.Case;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.measurement.MeasurementKey;
import vn.cchc.tracker.tablefile.FileProblem;
import vn.cchc.tracker.tablefile.ProblemKind;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableRecord;
import vn.cchc.tracker.testing.UnitTest;

/** Row checks against the catalogue: every problem of every row, each on its row and column. */
@UnitTest
class MeasurementRowValidatorTest {

    private final MeasurementRowValidator validator =
            new MeasurementRowValidator(Catalogues.units(), Catalogues.indicators());

    @Test
    void acceptsAGoodRowInStoredForm() {
        CheckedRow row = check(record(2, "67", "SIPAS", "2023", "81,21", "Báo cáo 09/12/2024", ""));

        assertThat(row.problems()).isEmpty();
        ValidatedRow valid = row.valid();
        assertThat(valid.unit()).isEqualTo(Catalogues.DAK_NONG);
        assertThat(valid.indicator().code()).isEqualTo("SIPAS");
        assertThat(valid.year()).isEqualTo(2023);
        assertThat(valid.valueNumber()).isEqualByComparingTo("81.21");
        assertThat(valid.valueLevel()).isNull();
        assertThat(valid.source()).isEqualTo("Báo cáo 09/12/2024");
        assertThat(valid.note()).isNull();
        assertThat(valid.key()).isEqualTo(new MeasurementKey("67", "SIPAS", 2023));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"81,21 | 81.21", "81.21 | 81.21", "81,21% | 81.21", "100 | 100", "0 | 0"})
    void acceptsPercentagesWithEitherSeparatorAndAPercentSign(String written, String stored) {
        assertThat(valueOf("SIPAS", written).valueNumber()).isEqualByComparingTo(stored);
    }

    @Test
    void picksTheUnitThatExistedInTheYearUnderACode() {
        assertThat(check(record(2, "46", "SIPAS", "2024", "80", "x", ""))
                        .valid()
                        .unit())
                .isEqualTo(Catalogues.THUA_THIEN_HUE);
        assertThat(check(record(2, "46", "SIPAS", "2025", "80", "x", ""))
                        .valid()
                        .unit())
                .isEqualTo(Catalogues.HUE);
        assertThat(check(record(2, "67", "SIPAS", "2025", "80", "x", ""))
                        .valid()
                        .unit())
                .isEqualTo(Catalogues.DAK_NONG);
    }

    @Test
    void reportsACodeWhoseUnitsDidNotExistInTheYear() {
        CheckedRow row = check(record(2, "68", "SIPAS", "2023", "80", "x", ""));

        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(RowProblem.PROVINCE_NOT_IN_YEAR);
            assertThat(p.column()).isEqualTo("province_code");
            assertThat(p.args()).containsExactly("68", "2023", "Lâm Đồng: 01/07/2025 – ");
        });
        assertThat(problemTypes(record(2, "67", "SIPAS", "2026", "80", "x", "")))
                .containsExactly(RowProblem.PROVINCE_NOT_IN_YEAR);
    }

    @Test
    void padsAOneDigitCodeThatASpreadsheetStrippedOfItsZero() {
        assertThat(check(record(2, "1", "SIPAS", "2023", "80", "x", "")).valid().unit())
                .isEqualTo(Catalogues.HA_NOI);
    }

    @Test
    void acceptsIndicatorCodesInAnyCase() {
        assertThat(check(record(2, "67", "sipas", "2023", "80", "x", ""))
                        .valid()
                        .indicator()
                        .code())
                .isEqualTo("SIPAS");
    }

    @Test
    void reportsEveryProblemOfARowEachOnItsColumn() {
        CheckedRow row = check(record(7, "99", "NO_SUCH", "20x4", "", "", "n".repeat(1001)));

        assertThat(row.isValid()).isFalse();
        assertThat(row.problems())
                .extracting(TableProblem::row, TableProblem::column, TableProblem::type)
                .containsExactly(
                        tuple(7, "province_code", RowProblem.PROVINCE_UNKNOWN),
                        tuple(7, "indicator_code", RowProblem.INDICATOR_UNKNOWN),
                        tuple(7, "year", RowProblem.YEAR_INVALID),
                        tuple(7, "value", RowProblem.VALUE_REQUIRED),
                        tuple(7, "source", RowProblem.SOURCE_REQUIRED),
                        tuple(7, "note", RowProblem.TEXT_TOO_LONG));
    }

    @Test
    void reportsMissingKeyValues() {
        assertThat(problemTypes(record(2, "", "", "", "80", "x", "")))
                .containsExactly(RowProblem.PROVINCE_REQUIRED, RowProblem.INDICATOR_REQUIRED, RowProblem.YEAR_REQUIRED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1989", "2101", "24", "2024.5", "năm 2024"})
    void reportsYearsOutsideTheValidSpan(String year) {
        CheckedRow row = check(record(2, "67", "SIPAS", year, "80", "x", ""));

        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(RowProblem.YEAR_INVALID);
            assertThat(p.args()).containsExactly(year, "1990", "2100");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SIPAS            | 100,5   | VALUE_OUT_OF_RANGE",
                "SIPAS            | -1      | VALUE_OUT_OF_RANGE",
                "SIPAS            | tám mươi | VALUE_NOT_A_NUMBER",
                "SIPAS            | 1.234,5 | VALUE_NOT_A_NUMBER",
                "SIPAS            | 81,123456 | VALUE_TOO_PRECISE",
                "PAR_INDEX_RANK   | 0       | VALUE_OUT_OF_RANGE",
                "PAR_INDEX_RANK   | 64      | VALUE_OUT_OF_RANGE",
                "PAR_INDEX_RANK   | 12,5    | VALUE_NOT_WHOLE",
                "PAR_INDEX_RANK   | 12%     | VALUE_NOT_A_NUMBER",
                "PAR_INDEX_SCORE  | 100,01  | VALUE_OUT_OF_RANGE",
                "PUBLIC_SERVICE_UNITS | -3  | VALUE_BELOW_MINIMUM",
                "PUBLIC_SERVICE_UNITS | 26.131 | VALUE_NOT_WHOLE",
                "PUBLIC_SERVICE_UNITS | 12345678901 | VALUE_TOO_PRECISE",
                "PAPI_GROUP       | khá     | VALUE_UNKNOWN_LEVEL"
            })
    void reportsValuesThatDoNotSuitTheIndicator(String indicator, String value, RowProblem expected) {
        CheckedRow row = check(record(2, "67", indicator, "2023", value, "x", ""));

        assertThat(row.problems())
                .extracting(TableProblem::column, TableProblem::type)
                .containsExactly(tuple("value", expected));
    }

    @Test
    void namesTheRangeAndIndicatorOfAnOutOfRangeValue() {
        CheckedRow row = check(record(2, "67", "PAR_INDEX_RANK", "2023", "64", "x", ""));

        assertThat(row.problems().get(0).args()).containsExactly("64", "1", "63", "PAR_INDEX_RANK");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1 | 1", "63 | 63", "12,0 | 12", "12.00 | 12"})
    void acceptsWholeRanksWithinTheNumberOfProvinces(String written, String stored) {
        assertThat(valueOf("PAR_INDEX_RANK", written).valueNumber()).isEqualByComparingTo(stored);
    }

    @Test
    void acceptsCountsAndScores() {
        assertThat(valueOf("PUBLIC_SERVICE_UNITS", "26131").valueNumber()).isEqualByComparingTo("26131");
        assertThat(valueOf("PUBLIC_SERVICE_UNITS", "0").valueNumber()).isEqualByComparingTo("0");
        assertThat(valueOf("PAR_INDEX_SCORE", "85,1234").valueNumber()).isEqualByComparingTo("85.1234");
    }

    @Test
    void storesGroupValuesAsTheLevelsVietnameseNameWhicheverLanguageOrCaseWasWritten() {
        assertThat(valueOf("PAPI_GROUP", "trung bình cao").valueLevel()).isEqualTo("trung bình cao");
        assertThat(valueOf("PAPI_GROUP", "Trung  Bình Cao").valueLevel()).isEqualTo("trung bình cao");
        assertThat(valueOf("PAPI_GROUP", "High average").valueLevel()).isEqualTo("trung bình cao");
        assertThat(valueOf("PAPI_GROUP", "trung bình cao").valueNumber()).isNull();
    }

    @Test
    void listsTheLevelsWhenAGroupValueIsUnknown() {
        CheckedRow row = check(record(2, "67", "PAPI_GROUP", "2023", "khá", "x", ""));

        assertThat(row.problems().get(0).args())
                .containsExactly("khá", "PAPI_GROUP", "thấp nhất, trung bình thấp, trung bình cao, cao nhất");
    }

    /** The import and the results grid (whose words are {@link ValueRules#check}) agree on every value of the table. */
    @ParameterizedTest
    @FieldSource("vn.cchc.tracker.indicator.ValueGrammarCases#CASES")
    void givesEveryValueOfTheGrammarTableTheVerdictTheResultsGridGives(Case c) {
        CheckedRow row = check(record(2, "67", c.indicator(), "2023", c.written(), "x", ""));
        ValueRules.Outcome grid =
                ValueRules.check("rows[0].value", c.written(), ValueGrammarCases.SPECS.get(c.indicator()));

        assertThat(row.isValid()).as(c.toString()).isEqualTo(c.accepted()).isEqualTo(grid.violation() == null);
        if (c.accepted()) {
            ValidatedRow valid = row.valid();
            assertThat(ValueGrammarCases.stored(valid.valueNumber(), valid.valueLevel()))
                    .as(c.toString())
                    .isEqualTo(c.stored())
                    .isEqualTo(ValueGrammarCases.stored(
                            grid.value().number(), grid.value().level()));
        } else {
            assertThat(row.problems())
                    .extracting(TableProblem::column, TableProblem::type)
                    .as(c.toString())
                    .containsExactly(tuple(
                            "value",
                            switch (c.refusal()) {
                                case REQUIRED -> RowProblem.VALUE_REQUIRED;
                                case NOT_A_NUMBER -> RowProblem.VALUE_NOT_A_NUMBER;
                                case TOO_PRECISE, TOO_LARGE -> RowProblem.VALUE_TOO_PRECISE;
                                case NOT_WHOLE -> RowProblem.VALUE_NOT_WHOLE;
                                case OUT_OF_RANGE ->
                                    c.indicator().equals("PUBLIC_SERVICE_UNITS")
                                            ? RowProblem.VALUE_BELOW_MINIMUM
                                            : RowProblem.VALUE_OUT_OF_RANGE;
                                case UNKNOWN_LEVEL -> RowProblem.VALUE_UNKNOWN_LEVEL;
                            }));
        }
    }

    @Test
    void reportsLaterRowsForTheSameProvinceIndicatorAndYearNamingTheFirst() {
        List<CheckedRow> rows = validator.check(List.of(
                record(2, "67", "SIPAS", "2023", "81,21", "x", ""),
                record(3, "67", "SIPAS", "2022", "80,09", "x", ""),
                record(4, "67", "sipas", "2023", "81", "y", ""),
                record(5, "67", "SIPAS", "2023", "82", "z", "")));

        assertThat(rows).extracting(CheckedRow::isValid).containsExactly(true, true, false, false);
        assertThat(rows.get(2).problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(RowProblem.DUPLICATE_ROW);
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.args()).containsExactly("2");
        });
        assertThat(rows.get(3).problems().get(0).args()).containsExactly("2");
    }

    @Test
    void keepsCellProblemsAndDoesNotReportTheirColumnAgain() {
        TableRecord record = new TableRecord(
                3,
                values("67", "SIPAS", "2023", "", "x", ""),
                List.of(TableProblem.at(3, "value", FileProblem.CELL_FORMULA)));

        assertThat(check(record).problems()).extracting(TableProblem::type).containsExactly(FileProblem.CELL_FORMULA);
    }

    @Test
    void acceptsTextsUpToTheDatabasesLength() {
        CheckedRow row = check(record(2, "67", "SIPAS", "2023", "80", "s".repeat(1000), "n".repeat(1000)));

        assertThat(row.problems()).isEmpty();
        assertThat(problemTypes(record(2, "67", "SIPAS", "2023", "80", "s".repeat(1001), "")))
                .containsExactly(RowProblem.TEXT_TOO_LONG);
    }

    private ValidatedRow valueOf(String indicator, String value) {
        CheckedRow row = check(record(2, "67", indicator, "2023", value, "x", ""));
        assertThat(row.problems()).isEmpty();
        return row.valid();
    }

    private List<ProblemKind> problemTypes(TableRecord record) {
        return check(record).problems().stream().map(TableProblem::type).toList();
    }

    @Test
    void carriesTheSourcesAddressPublisherAndComputedMarkWhenGiven() {
        Map<String, String> values = values("67", "SIPAS", "2023", "81,21", "UNDP – PAPI 2023", "");
        values.put("source_url", " https://papi.org.vn/2023.xlsx ");
        values.put("source_publisher", "UNDP");
        values.put("computed", "có");

        ValidatedRow valid = check(new TableRecord(2, values, List.of())).valid();
        ValidatedRow without =
                check(record(2, "67", "SIPAS", "2023", "81,21", "UNDP", "")).valid();

        assertThat(valid.provenance())
                .isEqualTo(new vn.cchc.tracker.measurement.Provenance("https://papi.org.vn/2023.xlsx", "UNDP", true));
        assertThat(valid.change().provenance()).isEqualTo(valid.provenance());
        assertThat(without.provenance()).isEqualTo(vn.cchc.tracker.measurement.Provenance.NONE);
    }

    @Test
    void refusesAnAddressThatIsNotHttpAndAComputedMarkThatIsNotYesOrNo() {
        Map<String, String> values = values("67", "SIPAS", "2023", "81,21", "Báo cáo", "");
        values.put("source_url", "www.example.org/a b");
        values.put("source_publisher", "x".repeat(201));
        values.put("computed", "maybe");

        CheckedRow row = check(new TableRecord(2, values, List.of()));

        assertThat(row.valid()).isNull();
        assertThat(row.problems())
                .extracting(TableProblem::column, TableProblem::type)
                .containsExactly(
                        tuple("source_url", RowProblem.SOURCE_URL_INVALID),
                        tuple("source_publisher", RowProblem.TEXT_TOO_LONG),
                        tuple("computed", RowProblem.COMPUTED_INVALID));
    }

    private CheckedRow check(TableRecord record) {
        return validator.check(List.of(record)).get(0);
    }

    static TableRecord record(
            int row, String province, String indicator, String year, String value, String source, String note) {
        return new TableRecord(row, values(province, indicator, year, value, source, note), List.of());
    }

    private static Map<String, String> values(
            String province, String indicator, String year, String value, String source, String note) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("province_code", province);
        values.put("indicator_code", indicator);
        values.put("year", year);
        values.put("value", value);
        values.put("source", source);
        values.put("note", note);
        return values;
    }
}
