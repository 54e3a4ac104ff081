package vn.cchc.tracker.attainment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.attainment.rules.Fixtures.numbers;
import static vn.cchc.tracker.attainment.rules.Fixtures.pciLevels;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class MeasurementsTest {

    @Test
    void numbersAreSortedByYearWhateverTheInputOrder() {
        Measurements m = numbers(2023, "3", 2019, "1", 2021, "2");

        assertThat(m.size()).isEqualTo(3);
        assertThat(m.yearAt(0)).isEqualTo(2019);
        assertThat(m.yearAt(2)).isEqualTo(2023);
        assertThat(m.isNumeric()).isTrue();
        assertThat(m.isGroup()).isFalse();
    }

    @Test
    void latestMeasurementInOrBeforeAYear() {
        Measurements m = numbers(2019, "1", 2021, "2", 2023, "3");

        assertThat(m.indexAtOrBefore(2018)).isEqualTo(-1);
        assertThat(m.indexAtOrBefore(2019)).isEqualTo(0);
        assertThat(m.indexAtOrBefore(2020)).isEqualTo(0);
        assertThat(m.indexAtOrBefore(2022)).isEqualTo(1);
        assertThat(m.indexAtOrBefore(2030)).isEqualTo(2);
        assertThat(m.numberIn(2021)).isEqualByComparingTo("2");
        assertThat(m.numberIn(2020)).isNull();
    }

    @Test
    void emptySeriesHasNoKindAndNoMeasurement() {
        assertThat(Measurements.empty().isEmpty()).isTrue();
        assertThat(Measurements.empty().isGroup()).isFalse();
        assertThat(Measurements.empty().isNumeric()).isFalse();
        assertThat(Measurements.empty().indexAtOrBefore(2100)).isEqualTo(-1);
    }

    @Test
    void levelsArePositionedLowestFirst() {
        Measurements m = pciLevels(2022, "khá", 2023, "không rõ");

        assertThat(m.positionOf("thấp")).isEqualTo(1);
        assertThat(m.positionOf("rất tốt")).isEqualTo(6);
        assertThat(m.positionOf("RẤT TỐT ")).isEqualTo(6);
        assertThat(m.positionOf("xuất sắc")).isZero();
        assertThat(m.positionOf(null)).isZero();
        assertThat(m.levelPositionAt(0)).isEqualTo(4);
        assertThat(m.levelPositionAt(1)).isZero();
        assertThat(m.levels()).containsExactlyElementsOf(Fixtures.PCI_LEVELS);
    }

    @Test
    void nullValuesAreRejected() {
        Map<Integer, BigDecimal> values = new HashMap<>();
        values.put(2023, null);
        Map<Integer, String> levels = new HashMap<>();
        levels.put(2023, null);

        assertThatThrownBy(() -> numbers(values)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Measurements.ofLevels(levels, List.of("a"))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void changingTheSourceMapAfterwardsDoesNotChangeTheSeries() {
        Map<Integer, String> levels = new HashMap<>(Map.of(2023, "khá"));
        Measurements m = Measurements.ofLevels(levels, Fixtures.PCI_LEVELS);
        levels.put(2024, "tốt");

        assertThat(m.size()).isEqualTo(1);
    }
}
