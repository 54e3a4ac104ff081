package vn.cchc.tracker.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

/** Which units share one series of results: a unit continued on the same territory, not one that merged. */
@UnitTest
class UnitSeriesTest {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate END_JUNE_2025 = LocalDate.of(2025, 6, 30);

    private static final ProvinceUnit HUE =
            new ProvinceUnit(4, "46", "Huế", ProvinceKind.CITY, END_2024.plusDays(1), null);
    private static final ProvinceUnit THUA_THIEN_HUE =
            new ProvinceUnit(3, "46", "Thừa Thiên Huế", ProvinceKind.PROVINCE, null, END_2024, 4L);
    private static final ProvinceUnit NEW_LAM_DONG =
            new ProvinceUnit(12, "68", "Lâm Đồng", ProvinceKind.PROVINCE, END_JUNE_2025.plusDays(1), null);
    private static final ProvinceUnit OLD_LAM_DONG =
            new ProvinceUnit(11, "68", "Lâm Đồng", ProvinceKind.PROVINCE, null, END_JUNE_2025, 12L);
    private static final ProvinceUnit DAK_NONG =
            new ProvinceUnit(1, "67", "Đắk Nông", ProvinceKind.PROVINCE, null, END_JUNE_2025, 12L);
    private static final ProvinceUnit NEW_QUANG_TRI =
            new ProvinceUnit(21, "44", "Quảng Trị", ProvinceKind.PROVINCE, END_JUNE_2025.plusDays(1), null);
    private static final ProvinceUnit QUANG_TRI_45 =
            new ProvinceUnit(22, "45", "Quảng Trị", ProvinceKind.PROVINCE, null, END_JUNE_2025, 21L);
    private static final ProvinceUnit QUANG_BINH =
            new ProvinceUnit(23, "44", "Quảng Bình", ProvinceKind.PROVINCE, null, END_JUNE_2025, 21L);

    private final ProvinceUnits units = new ProvinceUnits(List.of(
            HUE, THUA_THIEN_HUE, NEW_LAM_DONG, OLD_LAM_DONG, DAK_NONG, NEW_QUANG_TRI, QUANG_TRI_45, QUANG_BINH));

    @Test
    void aUnitContinuedOnTheSameTerritoryIsOneSeriesWithItsSuccessor() {
        assertThat(units.continuedBySuccessor(THUA_THIEN_HUE)).isTrue();
        assertThat(units.seriesStart(HUE)).isEqualTo(THUA_THIEN_HUE);
        assertThat(units.seriesEnd(THUA_THIEN_HUE)).isEqualTo(HUE);
    }

    @Test
    void aMergerEndsTheSeriesEvenUnderTheSameCode() {
        assertThat(units.continuedBySuccessor(DAK_NONG)).isFalse();
        assertThat(units.continuedBySuccessor(OLD_LAM_DONG)).isFalse(); // its territory grew
        assertThat(units.continuedBySuccessor(QUANG_BINH)).isFalse();
        assertThat(units.seriesStart(NEW_LAM_DONG)).isEqualTo(NEW_LAM_DONG);
        assertThat(units.seriesEnd(DAK_NONG)).isEqualTo(DAK_NONG);
        assertThat(units.successor(QUANG_TRI_45)).contains(NEW_QUANG_TRI);
    }

    @Test
    void theSuccessorKnowsItsPredecessors() {
        assertThat(units.predecessors(NEW_LAM_DONG)).containsExactlyInAnyOrder(DAK_NONG, OLD_LAM_DONG);
        assertThat(units.predecessors(HUE)).containsExactly(THUA_THIEN_HUE);
        assertThat(units.byId(21)).contains(NEW_QUANG_TRI);
    }
}
