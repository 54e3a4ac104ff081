package vn.cchc.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.indicator.ValueSpec;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class TargetRulesTest {

    private static final Map<String, ValueSpec> CATALOGUE = Map.of(
            "SIPAS", new ValueSpec(UnitKind.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100), List.of()),
            "PAR_INDEX_RANK", new ValueSpec(UnitKind.RANK, BigDecimal.ONE, BigDecimal.valueOf(63), List.of()),
            "PUBLIC_SERVICE_UNITS", new ValueSpec(UnitKind.COUNT, BigDecimal.ZERO, null, List.of()),
            "PCI_GROUP", new ValueSpec(UnitKind.GROUP, null, null, ValueSpec.levels("trung bình", "khá", "tốt")));

    private static TargetRules.Outcome check(
            String indicator,
            String comparison,
            String value,
            String level,
            String deadline,
            String baselineYear,
            String sentence) {
        return TargetRules.check(
                new TargetInput(
                        indicator, comparison, value, level, deadline, baselineYear, null, null, sentence, null, null),
                code -> Optional.ofNullable(CATALOGUE.get(code)));
    }

    private static List<String> problems(TargetRules.Outcome outcome) {
        return outcome.violations().stream()
                .map(v -> v.field() + ":" + v.messageKey())
                .toList();
    }

    @Test
    void aPercentTargetWithItsSentenceIsAccepted() {
        TargetRules.Outcome ok = check("SIPAS", "AT_LEAST", "90", null, "2025", null, "  Chỉ số SIPAS đạt trên 90%.  ");

        assertThat(ok.violations()).isEmpty();
        assertThat(ok.parameters().thresholdValue()).isEqualByComparingTo("90");
        assertThat(ok.parameters().sentence()).isEqualTo("Chỉ số SIPAS đạt trên 90%.");
    }

    @Test
    void theSentenceAsWrittenIsRequired() {
        assertThat(problems(check("SIPAS", "AT_LEAST", "90", null, "2025", null, "   ")))
                .containsExactly("sentence:target.error.sentenceRequired");
    }

    @Test
    void aSentenceWithMarkupIsKeptExactlyAsTyped() {
        String sentence = "Đạt <script>alert('x')</script> 90% & hơn";

        assertThat(check("SIPAS", "AT_LEAST", "90", null, "2025", null, sentence)
                        .parameters()
                        .sentence())
                .isEqualTo(sentence);
    }

    @Test
    void groupIndicatorsNeedALevelOfTheirOwnAndTheGroupComparison() {
        assertThat(check("PCI_GROUP", "GROUP_AT_LEAST", null, "khá", "2030", null, "s")
                        .violations())
                .isEmpty();
        assertThat(problems(check("PCI_GROUP", "GROUP_AT_LEAST", null, "cao nhất", "2030", null, "s")))
                .containsExactly("thresholdLevel:value.error.level");
        assertThat(problems(check("PCI_GROUP", "AT_LEAST", "3", null, "2030", null, "s")))
                .containsExactly("comparison:target.error.groupNeedsGroupComparison");
        assertThat(problems(check("SIPAS", "GROUP_AT_LEAST", null, "khá", "2030", null, "s")))
                .containsExactly("comparison:target.error.groupComparisonNeedsGroup");
    }

    @Test
    void ranksAreWholeNumbersInRangeAndRankComparisonOnlyForRanks() {
        assertThat(check("PAR_INDEX_RANK", "RANK_AT_BEST", "37", null, "2030", null, "s")
                        .violations())
                .isEmpty();
        assertThat(problems(check("PAR_INDEX_RANK", "RANK_AT_BEST", "70", null, "2030", null, "s")))
                .containsExactly("thresholdValue:value.error.rank");
        assertThat(problems(check("SIPAS", "RANK_AT_BEST", "37", null, "2030", null, "s")))
                .containsExactly("comparison:target.error.rankComparisonNeedsRank");
    }

    @Test
    void aReductionIsAPercentageOfABaselineYearBeforeTheDeadline() {
        assertThat(check("PUBLIC_SERVICE_UNITS", "REDUCE_BY_PERCENT", "10", null, "2025", "2021", "s")
                        .violations())
                .isEmpty();
        assertThat(problems(check("PUBLIC_SERVICE_UNITS", "REDUCE_BY_PERCENT", "10", null, "2025", null, "s")))
                .containsExactly("baselineYear:target.error.reduceNeedsBaseline");
        assertThat(problems(check("PUBLIC_SERVICE_UNITS", "REDUCE_BY_PERCENT", "0", null, "2025", "2021", "s")))
                .containsExactly("thresholdValue:target.error.reduceByZero");
        assertThat(problems(check("PUBLIC_SERVICE_UNITS", "REDUCE_BY_PERCENT", "10", null, "2025", "2025", "s")))
                .containsExactly("baselineYear:target.error.baselineAfterDeadline");
    }

    @Test
    void everyMissingOrUnknownFieldIsReportedAtOnce() {
        List<Violation> v =
                check("NOPE", "SIDEWAYS", null, null, "abc", null, null).violations();

        assertThat(v)
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("indicatorCode", "comparison", "deadlineYear", "sentence");
    }
}
