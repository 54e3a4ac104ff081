package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class SparklineTest {

    private static Sparkline.Value v(int year, String value) {
        return new Sparkline.Value(year, new BigDecimal(value));
    }

    private static double[] firstPoint(Sparkline s) {
        String[] xy = s.points().split(" ")[0].split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    @Test
    void aRisingPercentageIsDrawnRisingFromLeftToRight() {
        Sparkline s = Sparkline.of(List.of(v(2022, "80.09"), v(2023, "81.21")), null, false, "SIPAS");

        double[] first = firstPoint(s);
        assertThat(s.hasLine()).isTrue();
        assertThat(first[0]).isLessThan(s.lastX());
        assertThat(s.lastY()).as("SVG y grows downwards").isLessThan(first[1]);
        assertThat(first[0]).isEqualTo(4.0);
        assertThat(s.lastX()).isEqualTo(Sparkline.WIDTH - 4.0);
    }

    @Test
    void anImprovingRankIsDrawnRisingBecauseSmallerIsBetter() {
        Sparkline s = Sparkline.of(List.of(v(2022, "30"), v(2023, "12")), null, true, "rank");

        assertThat(s.lastY()).isLessThan(firstPoint(s)[1]);
    }

    @Test
    void theGoalIsADashedLineAboveAValueThatFallsShort() {
        Sparkline s = Sparkline.of(List.of(v(2022, "80.09"), v(2023, "81.21")), new BigDecimal("90"), false, "SIPAS");

        assertThat(s.goalY()).isNotNull().isLessThan(s.lastY());
        assertThat(s.goalY()).isBetween(0.0, (double) Sparkline.HEIGHT);
    }

    @Test
    void aSingleMeasurementIsADotInTheMiddle() {
        Sparkline s = Sparkline.of(List.of(v(2024, "97.4")), null, false, "on time");

        assertThat(s.isEmpty()).isFalse();
        assertThat(s.hasLine()).isFalse();
        assertThat(s.lastX()).isEqualTo(Sparkline.WIDTH / 2.0);
        assertThat(s.lastY()).isEqualTo(Sparkline.HEIGHT / 2.0);
    }

    @Test
    void noMeasurementDrawsNothingButKeepsItsWords() {
        Sparkline s = Sparkline.of(List.of(), new BigDecimal("90"), false, "no data yet");

        assertThat(s.isEmpty()).isTrue();
        assertThat(s.description()).isEqualTo("no data yet");
    }

    @Test
    void coordinatesHaveOneDecimalWrittenWithAPoint() {
        assertThat(Sparkline.fmt(4)).isEqualTo("4.0");
        assertThat(Sparkline.fmt(12.25)).isEqualTo("12.3");
        assertThat(Sparkline.fmt(91.96)).isEqualTo("92.0");
        assertThat(Sparkline.fmt(0.04)).isEqualTo("0.0");
        assertThat(Sparkline.fmt(-1.25)).isEqualTo("-1.2");
    }
}
