package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.tracker.dashboard.DashboardYear.Basis;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class DashboardYearTest {

    @Test
    void aYearAskedForIsShownAsChosenEvenWithoutResults() {
        assertThat(DashboardYear.of(2019, 2026, 2024)).isEqualTo(new DashboardYear(2019, Basis.CHOSEN));
        assertThat(DashboardYear.of(2030, 2026, null)).isEqualTo(new DashboardYear(2030, Basis.CHOSEN));
        assertThat(DashboardYear.of(2019, 2026, 2024).chosen()).isTrue();
    }

    @Test
    void withoutOneTheLatestYearWithResultsIsShown() {
        // January 2026: the 2025 indices are published in the spring
        assertThat(DashboardYear.of(null, 2026, 2024)).isEqualTo(new DashboardYear(2024, Basis.LATEST_RESULTS));
        assertThat(DashboardYear.of(null, 2026, 2026)).isEqualTo(new DashboardYear(2026, Basis.LATEST_RESULTS));
        assertThat(DashboardYear.of(null, 2026, 2024).chosen()).isFalse();
    }

    @Test
    void withoutAnyResultTheCurrentYearIsShown() {
        assertThat(DashboardYear.of(null, 2026, null)).isEqualTo(new DashboardYear(2026, Basis.CURRENT_NO_RESULTS));
    }
}
