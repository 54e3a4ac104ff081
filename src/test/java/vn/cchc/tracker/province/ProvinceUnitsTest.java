package vn.cchc.tracker.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

/** Which unit a GSO code meant in a year: the one rule the grid, the import, the restore and the report use. Plain Java. */
@UnitTest
class ProvinceUnitsTest {

    private static final ProvinceUnit THUA_THIEN_HUE = new ProvinceUnit(
            3, "46", "Thừa Thiên Huế", ProvinceKind.PROVINCE, LocalDate.of(1989, 7, 1), LocalDate.of(2024, 12, 31));
    private static final ProvinceUnit HUE =
            new ProvinceUnit(4, "46", "Huế", ProvinceKind.CITY, LocalDate.of(2025, 1, 1), null);
    private static final ProvinceUnit DAK_NONG = new ProvinceUnit(
            1, "67", "Đắk Nông", ProvinceKind.PROVINCE, LocalDate.of(2004, 1, 1), LocalDate.of(2025, 6, 30));
    private static final ProvinceUnit LAM_DONG =
            new ProvinceUnit(2, "68", "Lâm Đồng", ProvinceKind.PROVINCE, LocalDate.of(2025, 7, 1), null);
    /** A unit renamed in the middle of a year under the same code. */
    private static final ProvinceUnit OLD_NAME = new ProvinceUnit(
            5, "99", "Tên cũ", ProvinceKind.PROVINCE, LocalDate.of(2000, 1, 1), LocalDate.of(2020, 6, 30));

    private static final ProvinceUnit NEW_NAME =
            new ProvinceUnit(6, "99", "Tên mới", ProvinceKind.CITY, LocalDate.of(2020, 7, 1), null);

    private final ProvinceUnits units =
            new ProvinceUnits(List.of(HUE, LAM_DONG, NEW_NAME, DAK_NONG, THUA_THIEN_HUE, OLD_NAME));

    @Test
    void aCodeMeansTheUnitThatExistedInTheYear() {
        assertThat(units.inYear("46", 2024)).contains(THUA_THIEN_HUE);
        assertThat(units.inYear("46", 2025)).contains(HUE);
        assertThat(units.inYear("67", 2025)).contains(DAK_NONG);
        assertThat(units.inYear("68", 2025)).contains(LAM_DONG);
    }

    @Test
    void theNewerUnitWinsAYearBothExistedIn() {
        assertThat(units.inYear("99", 2020)).contains(NEW_NAME);
        assertThat(NEW_NAME.isNewerThan(OLD_NAME)).isTrue();
        assertThat(OLD_NAME.isNewerThan(NEW_NAME)).isFalse();
    }

    @Test
    void noUnitBeforeTheFirstOrAfterTheLastOrUnderAnUnknownCode() {
        assertThat(units.inYear("68", 2024)).isEmpty();
        assertThat(units.inYear("67", 2026)).isEmpty();
        assertThat(units.inYear("46", 1988)).isEmpty();
        assertThat(units.inYear("00", 2024)).isEmpty();
        assertThat(units.hasCode("00")).isFalse();
    }

    @Test
    void unitsComeByCodeOldestFirstAndAreFoundByTheirStart() {
        assertThat(units.of("46")).containsExactly(THUA_THIEN_HUE, HUE);
        assertThat(units.all()).containsExactly(THUA_THIEN_HUE, HUE, DAK_NONG, LAM_DONG, OLD_NAME, NEW_NAME);
        assertThat(units.find("46", LocalDate.of(2025, 1, 1))).contains(HUE);
        assertThat(units.find("46", LocalDate.of(2025, 1, 2))).isEmpty();
    }

    @Test
    void moreUnitsJoinTheirCodes() {
        ProvinceUnit newCode =
                new ProvinceUnit(-1, "901", "Tỉnh thử nghiệm", ProvinceKind.PROVINCE, LocalDate.of(2004, 1, 1), null);

        ProvinceUnits more = units.with(List.of(newCode));

        assertThat(more.inYear("901", 2024)).contains(newCode);
        assertThat(units.hasCode("901")).isFalse();
    }
}
