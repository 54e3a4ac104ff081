package vn.cchc.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class PeriodKindTest {

    @Test
    void defaultWindowsAndDueDatesFollowTheMinistrysCalendar() {
        assertThat(PeriodKind.Q1.defaultWindowFrom(2026)).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(PeriodKind.Q1.defaultWindowTo(2026)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(PeriodKind.Q1.defaultDueDate(2026)).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(PeriodKind.H1.defaultWindowFrom(2026)).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(PeriodKind.H1.defaultDueDate(2026)).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(PeriodKind.M9.defaultWindowFrom(2026)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(PeriodKind.M9.defaultWindowTo(2026)).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(PeriodKind.M9.defaultDueDate(2026)).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(PeriodKind.YEAR.defaultWindowFrom(2026)).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(PeriodKind.YEAR.defaultWindowTo(2026)).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(PeriodKind.YEAR.defaultDueDate(2026)).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void onlyTargetsOffTrackAtRiskMissedOrClosedNeedANarrative() {
        assertThat(AttainmentStatus.values())
                .filteredOn(NarrativeRule::requiresNarrative)
                .containsExactlyInAnyOrder(
                        AttainmentStatus.OFF_TRACK,
                        AttainmentStatus.AT_RISK,
                        AttainmentStatus.MISSED,
                        AttainmentStatus.CLOSED);
        assertThat(NarrativeRule.requiresNarrative(null)).isFalse();
    }
}
