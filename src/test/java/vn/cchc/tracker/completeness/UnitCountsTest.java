package vn.cchc.tracker.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.dashboard.DashboardFixtures.target;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class UnitCountsTest {

    private final TargetAttainment met = target(1, 10, "A", AttainmentStatus.MET);
    private final TargetAttainment offTrack = target(2, 10, "A", AttainmentStatus.OFF_TRACK);
    private final TargetAttainment atRisk = target(3, 10, "B", AttainmentStatus.AT_RISK);
    private final TargetAttainment missed = target(4, 10, "B", AttainmentStatus.MISSED);
    private final TargetAttainment onTrack = target(5, 10, "B", AttainmentStatus.ON_TRACK);
    private final TargetAttainment noData = target(6, 10, "B", AttainmentStatus.NO_DATA);

    @Test
    void expectedAreTheIndicatorsOfTheGoalsAndEnteredThoseOfThemWithAValue() {
        UnitCounts counts = UnitCounts.of(List.of(met, offTrack, noData), Set.of("IND_1", "IND_6", "IND_99"), Set.of());

        assertThat(counts.expected()).isEqualTo(3);
        assertThat(counts.entered()).as("IND_99 is no goal's indicator").isEqualTo(2);
        assertThat(counts.enteredPercent()).isEqualTo(66);
    }

    @Test
    void narrativesAreRequiredForOffTrackAtRiskAndMissedGoalsAndCountedWhenWritten() {
        UnitCounts counts =
                UnitCounts.of(List.of(met, offTrack, atRisk, missed, onTrack, noData), Set.of(), Set.of(1L, 2L, 4L));

        assertThat(counts.narrativesRequired()).isEqualTo(3);
        assertThat(counts.narrativesWritten())
                .as("the narrative on the met goal (1) does not count; 2 and 4 do")
                .isEqualTo(2);
    }

    @Test
    void aUnitWithoutGoalsExpectsNothing() {
        UnitCounts counts = UnitCounts.of(List.of(), Set.of("IND_1"), Set.of(1L));

        assertThat(counts).isEqualTo(UnitCounts.NONE);
        assertThat(counts.enteredPercent()).isEqualTo(100);
    }
}
