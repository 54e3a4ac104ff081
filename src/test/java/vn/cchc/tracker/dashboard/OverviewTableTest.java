package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.AT_RISK;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.MET;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.NO_DATA;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.OFF_TRACK;
import static vn.cchc.tracker.attainment.rules.AttainmentStatus.ON_TRACK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceKind;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class OverviewTableTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<ReformAreaInfo> AREAS = List.of(
            new ReformAreaInfo("PROCEDURES", "Thủ tục", "Procedures", 1),
            new ReformAreaInfo("DIGITAL_GOVERNMENT", "Chính quyền số", "Digital", 2));

    private long ids = 1;

    /** A unit (code, name) with goals of the given statuses in the two areas. */
    private Overview.Row row(
            String code, String name, List<AttainmentStatus> procedures, List<AttainmentStatus> digital) {
        Map<String, StatusCounts> byArea = new HashMap<>();
        StatusCounts total = StatusCounts.empty();
        for (AttainmentStatus s : procedures) {
            TargetAttainment a = DashboardFixtures.target(ids++, 1, "PROCEDURES", s);
            byArea.computeIfAbsent("PROCEDURES", k -> StatusCounts.empty()).add(a);
            total.add(a);
        }
        for (AttainmentStatus s : digital) {
            TargetAttainment a = DashboardFixtures.target(ids++, 1, "DIGITAL_GOVERNMENT", s);
            byArea.computeIfAbsent("DIGITAL_GOVERNMENT", k -> StatusCounts.empty())
                    .add(a);
            total.add(a);
        }
        Province unit = Province.of(ids++, code, name, ProvinceKind.PROVINCE, null, null, null);
        List<HeadlineStanding> standings = ComputedStandings.PAIRS.stream()
                .map(p -> new HeadlineStanding(p, HeadlineStanding.Kind.NONE, null, null, 0, null, null, false))
                .toList();
        return new Overview.Row(
                new ProvinceProfile(code, List.of(unit), List.of()), unit, null, 2024, 0, byArea, total, standings);
    }

    private Overview overview() {
        List<Overview.Row> rows = new ArrayList<>();
        // Hà Nội (01, Đồng bằng sông Hồng): 1/2 procedures, 2/2 digital
        rows.add(row("01", "Hà Nội", List.of(MET, AT_RISK), List.of(ON_TRACK, MET)));
        // Quảng Trị (45, Bắc Trung Bộ và duyên hải miền Trung): 0/1 procedures, 1/3 digital
        rows.add(row("45", "Quảng Trị", List.of(OFF_TRACK), List.of(MET, NO_DATA, AT_RISK)));
        // Đắk Nông (67, Tây Nguyên): 3/3 procedures, nothing digital
        rows.add(row("67", "Đắk Nông", List.of(MET, MET, ON_TRACK), List.of()));
        // An Giang (89, Đồng bằng sông Cửu Long): no goals
        rows.add(row("89", "An Giang", List.of(), List.of()));
        StatusCounts totals = StatusCounts.empty();
        Map<String, StatusCounts> byArea = new HashMap<>();
        return new Overview(2024, AREAS, rows, totals, byArea);
    }

    private static List<String> codes(OverviewTable table) {
        return table.lines().stream().map(l -> l.row().profile().code()).toList();
    }

    @Test
    void aCellIsTheShareOfGoalsMetOrOnTrackWithItsCount() {
        OverviewTable table = OverviewTable.of(overview(), null, null, Regions.shipped(), VI);

        OverviewTable.Share haNoi = table.lines().get(0).cell("PROCEDURES");
        assertThat(haNoi.good()).isEqualTo(1);
        assertThat(haNoi.goals()).isEqualTo(2);
        assertThat(haNoi.percent()).isEqualTo(50);
        assertThat(haNoi.band()).isEqualTo("mid");
        OverviewTable.Share quangTri = table.lines().get(1).cell("DIGITAL_GOVERNMENT");
        assertThat(quangTri.percent()).isEqualTo(33);
        assertThat(quangTri.band()).isEqualTo("lo");
        assertThat(table.lines().get(2).cell("PROCEDURES").band()).isEqualTo("hi");
        assertThat(table.lines().get(2).cell("DIGITAL_GOVERNMENT").band()).isEqualTo("none");
        assertThat(table.lines().get(0).total().percent()).isEqualTo(75);
        assertThat(table.lines().get(0).total().nonZero())
                .extracting(Map.Entry::getKey)
                .containsExactly(MET, ON_TRACK, AT_RISK);
    }

    @Test
    void byDefaultTheLinesKeepTheOrderOfTheCodes() {
        OverviewTable table = OverviewTable.of(overview(), "anything", null, Regions.shipped(), VI);

        assertThat(table.sort()).isEqualTo(OverviewTable.BY_CODE);
        assertThat(codes(table)).containsExactly("01", "45", "67", "89");
    }

    @Test
    void sortingByAnAreaPutsTheHigherShareFirstAndUnitsWithoutGoalsThereLast() {
        OverviewTable table = OverviewTable.of(overview(), "PROCEDURES", null, Regions.shipped(), VI);

        assertThat(codes(table)).containsExactly("67", "01", "45", "89");
        assertThat(codes(OverviewTable.of(overview(), "DIGITAL_GOVERNMENT", null, Regions.shipped(), VI)))
                .containsExactly("01", "45", "67", "89");
    }

    @Test
    void sortingByTheTotalAndByName() {
        assertThat(codes(OverviewTable.of(overview(), "total", null, Regions.shipped(), VI)))
                .containsExactly("67", "01", "45", "89");
        // Vietnamese order: Đ after D, before H
        assertThat(codes(OverviewTable.of(overview(), "name", null, Regions.shipped(), VI)))
                .containsExactly("89", "67", "01", "45");
    }

    @Test
    void aRegionLeavesOnlyItsUnitsAndAddsItsOwnLine() {
        OverviewTable table = OverviewTable.of(overview(), null, "CENTRAL_HIGHLANDS", Regions.shipped(), VI);

        assertThat(codes(table)).containsExactly("67");
        assertThat(table.regional().total().goals()).isEqualTo(3);
        assertThat(table.national()).isNotNull();
    }

    @Test
    void anUnknownRegionIsABadParameter() {
        assertThatThrownBy(() -> OverviewTable.of(overview(), null, "ATLANTIS", Regions.shipped(), VI))
                .isInstanceOf(BadParameterException.class);
    }
}
