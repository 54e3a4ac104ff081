package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.AT_RISK;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.MET;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.MISSED;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.NO_DATA;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.OFF_TRACK;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.ON_TRACK;
import static vn.cchc.tracker.dashboard.DashboardFixtures.target;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ScorecardFilterTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    // in document order: document 1 then 2
    private final List<TargetAttainment> all = List.of(
            target(1, 1, "PROCEDURES", MET, "Tỷ lệ hồ sơ", 2025),
            target(2, 1, "DIRECTION", OFF_TRACK, "SIPAS", 2025),
            target(3, 1, "PROCEDURES", NO_DATA, "Ánh xạ", 2030),
            target(4, 2, "DIRECTION", MISSED, "Bình quân", 2023),
            target(5, 2, "PROCEDURES", ON_TRACK, "Cải cách", 2025),
            target(6, 2, "DIRECTION", AT_RISK, "Đúng hạn", 2025),
            target(7, 2, "PROCEDURES", OFF_TRACK, "Ý kiến", 2025));

    private static List<Long> ids(List<TargetAttainment> list) {
        return list.stream().map(a -> a.target().targetId()).toList();
    }

    @Test
    void withoutFiltersEveryTargetIsListedInDocumentOrder() {
        assertThat(ids(ScorecardFilter.all().apply(all, VI))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(ScorecardFilter.all().isNarrowed()).isFalse();
    }

    @Test
    void documentAndAreaNarrowTheList() {
        ScorecardFilter filter = new ScorecardFilter(2L, "PROCEDURES", null, null);

        assertThat(ids(filter.apply(all, VI))).containsExactly(5L, 7L);
        assertThat(filter.isNarrowed()).isTrue();
    }

    @Test
    void theStatusFilterNarrowsTheListButNotTheScopeTheChipsCount() {
        ScorecardFilter filter = new ScorecardFilter(null, "DIRECTION", OFF_TRACK, null);

        assertThat(ids(filter.apply(all, VI))).containsExactly(2L);
        assertThat(ids(filter.scope(all))).containsExactly(2L, 4L, 6L);
    }

    @Test
    void sortingByStatusPutsTheMostWorryingFirstAndKeepsDocumentOrderOnTies() {
        ScorecardFilter filter = new ScorecardFilter(null, null, null, TargetSort.STATUS);

        assertThat(ids(filter.apply(all, VI))).containsExactly(4L, 2L, 7L, 6L, 3L, 5L, 1L);
    }

    @Test
    void sortingByProgressPutsTheLeastProgressFirstAndTargetsWithoutProgressLast() {
        ScorecardFilter filter = new ScorecardFilter(null, null, null, TargetSort.PROGRESS);
        List<TargetAttainment> sorted = filter.apply(all, VI);

        assertThat(sorted.get(sorted.size() - 1).result().progress()).isNull();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).result().progress() != null) {
                assertThat(sorted.get(i).result().progress())
                        .isGreaterThanOrEqualTo(sorted.get(i - 1).result().progress());
            }
        }
    }

    @Test
    void sortingByDeadlinePutsTheEarliestFirst() {
        ScorecardFilter filter = new ScorecardFilter(null, null, null, TargetSort.DEADLINE);

        assertThat(filter.apply(all, VI))
                .extracting(a -> a.target().deadlineYear())
                .containsExactly(2023, 2025, 2025, 2025, 2025, 2025, 2030);
    }

    @Test
    void sortingByIndicatorFollowsVietnameseAlphabeticalOrder() {
        ScorecardFilter filter = new ScorecardFilter(null, null, null, TargetSort.INDICATOR);

        assertThat(filter.apply(all, VI))
                .extracting(a -> a.target().indicatorNameVi())
                .containsExactly("Ánh xạ", "Bình quân", "Cải cách", "Đúng hạn", "SIPAS", "Tỷ lệ hồ sơ", "Ý kiến");
    }

    @Test
    void sortsAreNamedInUrlsInLowerCaseAndReadInAnyCase() {
        assertThat(TargetSort.STATUS.param()).isEqualTo("status");
        assertThat(TargetSort.fromParam("Progress")).isEqualTo(TargetSort.PROGRESS);
        assertThat(TargetSort.fromParam("worst")).isNull();
    }
}
