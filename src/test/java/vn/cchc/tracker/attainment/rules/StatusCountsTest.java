package vn.cchc.tracker.attainment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.MET;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.NO_DATA;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.OFF_TRACK;
import static vn.cchc.tracker.dashboard.DashboardFixtures.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class StatusCountsTest {

    private final StatusCounts counts = StatusCounts.of(List.of(
            target(1, 1, "A", NO_DATA),
            target(2, 1, "A", MET),
            target(3, 1, "A", NO_DATA),
            target(4, 1, "A", OFF_TRACK)));

    @Test
    void countsEveryStatusZerosIncluded() {
        assertThat(counts.asMap()).containsOnlyKeys(AttainmentStatus.values());
        assertThat(counts.get(NO_DATA)).isEqualTo(2);
        assertThat(counts.get(MET)).isEqualTo(1);
        assertThat(counts.get(AttainmentStatus.MISSED)).isZero();
        assertThat(counts.total()).isEqualTo(4);
    }

    @Test
    void listsOnlyTheStatusesThatOccurInStatusOrder() {
        assertThat(counts.nonZero())
                .containsExactly(
                        new StatusCounts.Count(MET, 1),
                        new StatusCounts.Count(OFF_TRACK, 1),
                        new StatusCounts.Count(NO_DATA, 2));
    }

    @Test
    void segmentsFillTheBarEndToEndInProportion() {
        List<StatusCounts.Segment> segments = counts.segments();

        assertThat(segments).extracting(StatusCounts.Segment::status).containsExactly(MET, OFF_TRACK, NO_DATA);
        assertThat(segments.get(0).x()).isZero();
        assertThat(segments.get(2).width()).isEqualTo(50.0);
        for (int i = 1; i < segments.size(); i++) {
            StatusCounts.Segment before = segments.get(i - 1);
            assertThat(segments.get(i).x()).isCloseTo(before.x() + before.width(), within(0.01));
        }
        assertThat(segments.stream().mapToDouble(StatusCounts.Segment::width).sum())
                .isCloseTo(100.0, within(0.05));
    }

    @Test
    void anEmptyCountDrawsNoBar() {
        assertThat(StatusCounts.empty().total()).isZero();
        assertThat(StatusCounts.empty().segments()).isEmpty();
        assertThat(StatusCounts.empty().nonZero()).isEmpty();
    }
}
