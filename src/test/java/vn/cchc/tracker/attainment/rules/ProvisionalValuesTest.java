package vn.cchc.tracker.attainment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.attainment.rules.Fixtures.numbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.ProvisionalValues.Provisional;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ProvisionalValuesTest {

    private static Provisional at(int year, String period, int endMonth, String value) {
        return new Provisional(year, period, LocalDate.of(year, endMonth, 14), new BigDecimal(value));
    }

    @Test
    void aYearWithoutAYearlyResultTakesItsLatestPeriodsValueWhateverTheOrderRecorded() {
        Map<Integer, Provisional> standIns = ProvisionalValues.standIns(
                List.of(at(2026, "H1", 6, "84"), at(2026, "M9", 9, "86"), at(2026, "Q1", 3, "82")), year -> false);

        assertThat(standIns).containsOnlyKeys(2026);
        assertThat(standIns.get(2026).period()).isEqualTo("M9");
        assertThat(standIns.get(2026).value()).isEqualTo(new BigDecimal("86"));
    }

    @Test
    void theYearlyResultReplacesEveryProvisionalValueOfItsYear() {
        Map<Integer, Provisional> standIns = ProvisionalValues.standIns(
                List.of(at(2025, "M9", 9, "80"), at(2026, "Q1", 3, "82")), year -> year == 2025);

        assertThat(standIns).containsOnlyKeys(2026);
        assertThat(standIns.get(2026).period()).isEqualTo("Q1");
    }

    @Test
    void aPeriodWhoseWindowAnAdminMovedLaterIsTheLaterOne() {
        Provisional h1 = new Provisional(2026, "H1", LocalDate.of(2026, 6, 30), new BigDecimal("84"));
        Provisional q1 = new Provisional(2026, "Q1", LocalDate.of(2026, 3, 14), new BigDecimal("82"));

        assertThat(ProvisionalValues.standIns(List.of(h1, q1), year -> false).get(2026))
                .isEqualTo(h1);
    }

    @Test
    void nothingRecordedMeansNoStandIn() {
        assertThat(ProvisionalValues.standIns(List.of(), year -> false)).isEmpty();
    }

    @Test
    void measurementsSayWhichYearsValueIsProvisionalAndAtWhichPeriod() {
        Measurements m = numbers(2024, "80", 2026, "86").withProvisional(Map.of(2026, "M9"));

        assertThat(m.provisionalPeriodIn(2026)).isEqualTo("M9");
        assertThat(m.provisionalPeriodIn(2024)).isNull();
        assertThat(m.numberIn(2026)).isEqualByComparingTo("86");
        assertThat(m.toString()).contains("provisional={2026=M9}");
    }

    @Test
    void onlyAMeasuredYearCanBeMarkedProvisional() {
        assertThatThrownBy(() -> numbers(2024, "80").withProvisional(Map.of(2026, "Q1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProvisionalJudgedValueIsJudgedLikeAYearlyOne() {
        AttainmentEvaluator evaluator = new AttainmentEvaluator(AttainmentSettings.DEFAULTS);
        AttainmentTarget target = Fixtures.percentAtLeast("90", 2026);

        AttainmentResult withProvisional = evaluator.evaluate(
                target, numbers(2024, "80", 2026, "91").withProvisional(Map.of(2026, "H1")), 2026, null);
        AttainmentResult withYearly = evaluator.evaluate(target, numbers(2024, "80", 2026, "91"), 2026, null);

        assertThat(withProvisional).isEqualTo(withYearly);
        assertThat(withProvisional.judgedYear()).isEqualTo(2026);
        assertThat(withProvisional.status()).isEqualTo(AttainmentStatus.MET);
    }
}
