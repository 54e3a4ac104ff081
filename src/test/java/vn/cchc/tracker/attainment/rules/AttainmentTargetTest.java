package vn.cchc.tracker.attainment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.attainment.rules.Fixtures.bd;
import static vn.cchc.tracker.attainment.rules.Fixtures.groupAtLeast;
import static vn.cchc.tracker.attainment.rules.Fixtures.target;

import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class AttainmentTargetTest {

    @Test
    void groupTargetNeedsALevelAndAGroupIndicator() {
        assertThatThrownBy(() -> new AttainmentTarget(
                        Comparison.GROUP_AT_LEAST, UnitKind.GROUP, bd("1"), null, 2025, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new AttainmentTarget(Comparison.GROUP_AT_LEAST, UnitKind.RANK, null, "khá", 2025, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(groupAtLeast("khá", 2025).isGroup()).isTrue();
    }

    @Test
    void numericTargetNeedsANumberAndNoLevel() {
        assertThatThrownBy(
                        () -> new AttainmentTarget(Comparison.AT_LEAST, UnitKind.PERCENT, null, null, 2025, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new AttainmentTarget(Comparison.AT_LEAST, UnitKind.PERCENT, bd("1"), "khá", 2025, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> target(Comparison.AT_LEAST, UnitKind.GROUP, "1", 2025))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reduceByPercentNeedsABaselineYear() {
        assertThatThrownBy(() -> target(Comparison.REDUCE_BY_PERCENT, UnitKind.COUNT, "10", 2025))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baselineValueNeedsABaselineYear() {
        assertThatThrownBy(() -> new AttainmentTarget(
                        Comparison.AT_LEAST, UnitKind.PERCENT, bd("90"), null, 2025, null, bd("80")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBaselineIsKeptWithEverythingElse() {
        AttainmentTarget t =
                new AttainmentTarget(Comparison.AT_MOST, UnitKind.COUNT, bd("10"), null, 2025, 2020, bd("20"));

        assertThat(t.comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(t.thresholdValue()).isEqualByComparingTo("10");
        assertThat(t.baselineYear()).isEqualTo(2020);
        assertThat(t.baselineValue()).isEqualByComparingTo("20");
    }
}
