package vn.cchc.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.tracker.indicator.ValueGrammarCases.Case;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ValueRulesTest {

    private static final ValueSpec PERCENT =
            new ValueSpec(UnitKind.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100), List.of());
    private static final ValueSpec RANK =
            new ValueSpec(UnitKind.RANK, BigDecimal.ONE, BigDecimal.valueOf(63), List.of());
    private static final ValueSpec COUNT = new ValueSpec(UnitKind.COUNT, BigDecimal.ZERO, null, List.of());
    private static final ValueSpec SCORE =
            new ValueSpec(UnitKind.SCORE, BigDecimal.ZERO, BigDecimal.valueOf(100), List.of());
    private static final ValueSpec GROUP =
            new ValueSpec(UnitKind.GROUP, null, null, ValueSpec.levels("thấp", "trung bình", "khá"));

    @ParameterizedTest
    @CsvSource({"'81,21', 81.21", "81.21, 81.21", "'81,21%', 81.21", "'97,4 %', 97.4", "0, 0", "100, 100", "' 5 ', 5"})
    void percentagesAcceptDecimalCommaOrPointAndAPercentSign(String typed, String expected) {
        ValueRules.Outcome outcome = ValueRules.check("v", typed, PERCENT);

        assertThat(outcome.violation()).isNull();
        assertThat(outcome.value().number()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "100.01, value.error.percent",
        "-1, value.error.percent",
        "abc, value.error.number",
        "'1.234,5', value.error.number",
        "'81,21345', value.error.decimals",
        "'', value.error.required",
        "'12 34', value.error.number"
    })
    void percentagesRefuseWhatIsNotAPercentage(String typed, String key) {
        assertThat(ValueRules.check("v", typed, PERCENT).violation().messageKey())
                .isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
        "1, ",
        "63, ",
        "0, value.error.rank",
        "64, value.error.rank",
        "'12,5', value.error.rank",
        "'12%', value.error.number"
    })
    void ranksAreWholeNumbersFromOneToTheNumberOfProvinces(String typed, String key) {
        ValueRules.Outcome outcome = ValueRules.check("v", typed, RANK);

        if (key == null) {
            assertThat(outcome.violation()).isNull();
        } else {
            assertThat(outcome.violation().messageKey()).isEqualTo(key);
            if (key.equals("value.error.rank")) {
                assertThat(outcome.violation().args()).containsExactly("63");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0, ", "26131, ", "-1, value.error.count", "'3,5', value.error.count", "'26.131', value.error.count"})
    void countsAreWholeNumbersNotBelowZero(String typed, String key) {
        ValueRules.Outcome outcome = ValueRules.check("v", typed, COUNT);

        assertThat(outcome.violation() == null ? null : outcome.violation().messageKey())
                .isEqualTo(key);
    }

    @Test
    void scoresStayInTheIndicatorsRange() {
        assertThat(ValueRules.check("v", "87,5", SCORE).violation()).isNull();
        assertThat(ValueRules.check("v", "101", SCORE).violation().messageKey()).isEqualTo("value.error.range");
    }

    @Test
    void groupsTakeOneOfTheIndicatorsLevelsWhateverTheCase() {
        assertThat(ValueRules.check("v", "Khá", GROUP).value().level()).isEqualTo("khá");
        ValueRules.Outcome wrong = ValueRules.check("v", "tốt", GROUP);
        assertThat(wrong.violation().messageKey()).isEqualTo("value.error.level");
        assertThat(wrong.violation().args()).containsExactly("thấp, trung bình, khá");
    }

    @Test
    void theViolationNamesTheFieldItWasCheckedFor() {
        assertThat(ValueRules.check("rows[3].value", "x", PERCENT).violation().field())
                .isEqualTo("rows[3].value");
    }

    @Test
    void sameValueIgnoresScale() {
        assertThat(ValueRules.Value.number(new BigDecimal("81.2")).sameAs(new BigDecimal("81.2000"), null))
                .isTrue();
        assertThat(ValueRules.Value.number(new BigDecimal("81.2")).sameAs(new BigDecimal("81.21"), null))
                .isFalse();
        assertThat(ValueRules.Value.level("khá").sameAs(null, "khá")).isTrue();
    }

    // --- the one grammar: the table every path must agree on, and plain decimals -------------------------------

    @ParameterizedTest
    @FieldSource("vn.cchc.tracker.indicator.ValueGrammarCases#CASES")
    void theGrammarGivesEachWrittenValueItsVerdict(Case c) {
        ValueRules.Reading reading = ValueRules.read(c.written(), ValueGrammarCases.SPECS.get(c.indicator()));

        if (c.accepted()) {
            assertThat(reading.refusal()).as(c.toString()).isNull();
            assertThat(ValueGrammarCases.stored(
                            reading.value().number(), reading.value().level()))
                    .as(c.toString())
                    .isEqualTo(c.stored());
        } else {
            assertThat(reading.value()).as(c.toString()).isNull();
            assertThat(reading.refusal()).as(c.toString()).isEqualTo(c.refusal());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "81,21 | 81.21",
                "81.21 | 81.21",
                "12 | 12",
                " 97,4 | 97.4",
                "0,5 | 0.5",
                "-3,25 | -3.25",
                "+7 | 7",
                "1.234 | 1.234",
                "100.0000 | 100.0000"
            })
    void readsPlainDecimalsWithEitherSeparator(String text, String expected) {
        assertThat(ValueRules.number(text))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    /** ",5" and "5," were read as 0.5 and 5 by the import and the restore; the grid refused them, as all do now. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "", " ", "1.234,5", "1,234.5", "26 131", "81,21%", "abc", "1e3", "--1", "1,2,3", ".", ",", ",5", "5,",
                ".5", "81,"
            })
    void refusesAnythingElseAsAPlainDecimal(String text) {
        assertThat(ValueRules.number(text)).isEmpty();
    }

    @Test
    void levelsAreReadInEitherLanguageIgnoringCaseAndRepeatedBlanks() {
        ValueSpec papi = ValueGrammarCases.SPECS.get("PAPI_GROUP");

        assertThat(ValueRules.check("v", "HIGH  average", papi).value().level()).isEqualTo("trung bình cao");
        assertThat(ValueRules.check("v", "trung bình cao", papi).value().level())
                .isEqualTo("trung bình cao");
    }
}
