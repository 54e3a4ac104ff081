package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.MET;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.NO_DATA;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.OFF_TRACK;
import static vn.cchc.tracker.dashboard.DashboardFixtures.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ScorecardTest {

    private static final List<ReformAreaInfo> AREAS = List.of(
            new ReformAreaInfo("DIRECTION", "Chỉ đạo", "Direction", 1),
            new ReformAreaInfo("INSTITUTIONS", "Thể chế", "Institutions", 2),
            new ReformAreaInfo("PROCEDURES", "Thủ tục", "Procedures", 3));

    private final List<TargetAttainment> all = List.of(
            target(1, 10, "PROCEDURES", MET),
            target(2, 10, "DIRECTION", OFF_TRACK),
            target(3, 20, "PROCEDURES", NO_DATA),
            target(4, 10, "PROCEDURES", OFF_TRACK),
            target(5, 20, "DIRECTION", MET));

    private static List<Scorecard.AreaGroup> group(List<TargetAttainment> listed, List<TargetAttainment> all) {
        return Scorecard.group(listed, AREAS, all, a -> Sparkline.of(List.of(), null, false, ""));
    }

    @Test
    void groupsByReformAreaInTheAreasOrderThenByDocumentInDocumentOrder() {
        List<Scorecard.AreaGroup> groups = group(all, all);

        assertThat(groups).extracting(g -> g.area().code()).containsExactly("DIRECTION", "PROCEDURES");
        assertThat(groups.get(1).documents())
                .extracting(Scorecard.DocumentGroup::documentId)
                .containsExactly(10L, 20L);
        assertThat(groups.get(1).documents().get(0).rows())
                .extracting(r -> r.attainment().target().targetId())
                .containsExactly(1L, 4L);
        assertThat(groups).extracting(Scorecard.AreaGroup::size).containsExactly(2, 3);
    }

    @Test
    void keepsTheListedOrderWithinADocument() {
        List<TargetAttainment> listed = List.of(all.get(3), all.get(0)); // 4 before 1, as a sort would put them

        List<Scorecard.AreaGroup> groups = group(listed, all);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).documents()).hasSize(1);
        assertThat(groups.get(0).documents().get(0).rows())
                .extracting(r -> r.attainment().target().targetId())
                .containsExactly(4L, 1L);
    }

    @Test
    void leavesOutAreasAndDocumentsWithoutListedTargets() {
        assertThat(group(List.of(), all)).isEmpty();
        assertThat(group(List.of(all.get(4)), all).get(0).documents())
                .extracting(Scorecard.DocumentGroup::number)
                .containsExactly("DOC-20");
    }

    @Test
    void aPageHoldsTheGoalsAtItsPositionsAndEachAreaKeepsItsSizeOverAllPages() {
        // order: DIRECTION 2, 5; PROCEDURES 1, 4 (DOC-10), 3 (DOC-20); pages of two
        List<Scorecard.AreaGroup> whole = group(all, all);
        ScorecardPage second = new ScorecardPage(2, 2, all.size());

        List<Scorecard.AreaGroup> page =
                Scorecard.paged(whole, second, a -> Sparkline.of(List.of(), null, false, "trend"));

        assertThat(page).extracting(g -> g.area().code()).containsExactly("PROCEDURES");
        assertThat(page.get(0).size()).isEqualTo(3);
        assertThat(page.get(0).continued()).isFalse();
        assertThat(page.get(0).documents().get(0).rows())
                .extracting(r -> r.attainment().target().targetId())
                .containsExactly(1L, 4L);
        assertThat(page.get(0).documents().get(0).rows().get(0).trend()).isNotNull();
        List<Scorecard.AreaGroup> third = Scorecard.paged(whole, new ScorecardPage(3, 2, all.size()), a -> null);
        assertThat(third.get(0).continued()).isTrue();
        assertThat(third.get(0).documents())
                .extracting(Scorecard.DocumentGroup::number)
                .containsExactly("DOC-20");
    }

    @Test
    void theAreaSummaryCountsEachAreaOverAllPagesAndNamesThePageItStartsOn() {
        List<Scorecard.AreaGroup> whole = group(all, all);
        ScorecardPage pagesOfTwo = new ScorecardPage(1, 2, all.size());

        List<Scorecard.AreaSummary> summary = Scorecard.summary(whole, pagesOfTwo::pageOf);

        assertThat(summary).extracting(a -> a.area().code()).containsExactly("DIRECTION", "PROCEDURES");
        assertThat(summary).extracting(Scorecard.AreaSummary::size).containsExactly(2, 3);
        assertThat(summary).extracting(Scorecard.AreaSummary::page).containsExactly(1, 2);
        assertThat(summary.get(1).counts().get(OFF_TRACK)).isEqualTo(1);
        assertThat(summary.get(1).counts().get(NO_DATA)).isEqualTo(1);
        assertThat(summary.get(1).counts().get(MET)).isEqualTo(1);
    }
}
