package vn.cchc.tracker.province;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.tracker.province.ProvinceNameMatcher.Match;
import vn.cchc.tracker.province.ProvinceNameMatcher.Outcome;
import vn.cchc.tracker.testing.UnitTest;

/** Names as publications and the press write them, matched against the shipped units of the year. */
@UnitTest
class ProvinceNameMatcherTest {

    private static final ProvinceUnits UNITS = ShippedUnits.all();
    private final ProvinceNameMatcher in2020 = new ProvinceNameMatcher(UNITS, 2020);
    private final ProvinceNameMatcher in2024 = new ProvinceNameMatcher(UNITS, 2024);
    private final ProvinceNameMatcher in2025 = new ProvinceNameMatcher(UNITS, 2025);
    private final ProvinceNameMatcher in2026 = new ProvinceNameMatcher(UNITS, 2026);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Đắk Nông|67",
                "Dak Nong|67",
                "ĐẮK NÔNG|67",
                "Tỉnh Đắk Nông|67",
                "tinh dak nong|67",
                "  Đắk   Nông |67",
                "Bà Rịa - Vũng Tàu|77",
                "Bà Rịa–Vũng Tàu|77",
                "Bà Rịa-Vũng Tàu|77",
                "Ba Ria Vung Tau|77",
                "BR-VT|77",
                "TP. Hồ Chí Minh|79",
                "TP.HCM|79",
                "TP HCM|79",
                "TPHCM|79",
                "Thành phố Hồ Chí Minh|79",
                "Hồ Chí Minh|79",
                "Ho Chi Minh City|",
                "Thừa Thiên Huế|46",
                "Thua Thien Hue|46",
                "TT-Huế|46",
                "Hòa Bình|17",
                "Hoà Bình|17",
                "Thanh Hoá|38",
                "Thanh Hóa|38",
                "Khánh Hoà|56",
                "TP. Hà Nội|01",
                "Thành phố Cần Thơ|92",
                "Hà Nội|01",
                "Bắc Kạn|06",
                "Bac Kan|06",
                "Quảng Trị|45",
                "Quảng Bình|44",
                "Bình Định|52",
                "Gia Lai|64",
                "01|01",
                "1|01",
                "67|67"
            })
    void matchesTheNamesOf2020AsPeopleWriteThem(String written, String code) {
        Match match = in2020.byName(written);
        if (code == null) {
            assertThat(match.outcome()).isEqualTo(Outcome.UNKNOWN);
        } else {
            assertThat(match.outcome()).as(written).isEqualTo(Outcome.MATCHED);
            assertThat(match.unit().code()).isEqualTo(code);
        }
    }

    @Test
    void everyUnitOfAYearIsFoundByItsOwnNameWithAndWithoutDiacritics() {
        for (int year : new int[] {2017, 2024, 2026}) {
            ProvinceNameMatcher matcher = new ProvinceNameMatcher(UNITS, year);
            for (ProvinceUnit unit : UNITS.carriersIn(year)) {
                assertThat(matcher.byName(unit.nameVi()).unit())
                        .as(unit.nameVi())
                        .isEqualTo(unit);
                String plain = ProvinceNameMatcher.key(unit.nameVi());
                assertThat(matcher.byName(plain).unit()).as(plain).isEqualTo(unit);
            }
        }
        assertThat(UNITS.carriersIn(2024)).hasSize(63);
        assertThat(UNITS.carriersIn(2026)).hasSize(34);
    }

    @Test
    void hueIsThuaThienHueUntil2024AndHueFrom2025() {
        assertThat(in2024.byName("Thừa Thiên Huế").unit().nameVi()).isEqualTo("Thừa Thiên Huế");
        assertThat(in2024.byName("Huế").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(in2025.byName("Huế").unit().nameVi()).isEqualTo("Huế");
        assertThat(in2025.byName("Thành phố Huế").unit().nameVi()).isEqualTo("Huế");
        assertThat(in2025.byName("Thừa Thiên Huế").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(in2025.byCode("46").unit().nameVi()).isEqualTo("Huế");
        assertThat(in2024.byCode("46").unit().nameVi()).isEqualTo("Thừa Thiên Huế");
    }

    @Test
    void onlyTheUnitsOfTheYearMatch() {
        // Đắk Nông ended on 30/06/2025; Quảng Bình's code 44 is the new Quảng Trị's in 2025
        assertThat(in2026.byName("Đắk Nông").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(in2026.byCode("67").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(in2026.byName("Quảng Bình").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(in2026.byName("Quảng Trị").unit().code()).isEqualTo("44");
        assertThat(in2026.byCode("52").unit().nameVi()).isEqualTo("Gia Lai");
        assertThat(in2020.byCode("52").unit().nameVi()).isEqualTo("Bình Định");
    }

    @Test
    void aNameTwoUnitsOfTheYearShareIsTheOneInForceAtTheYearsEnd() {
        // 2025: Quảng Trị (45) until 30/06, Quảng Trị (44) from 01/07
        assertThat(in2025.byName("Quảng Trị").unit().code()).isEqualTo("44");
        assertThat(in2025.byCode("45").unit().nameVi()).isEqualTo("Quảng Trị");
    }

    @Test
    void aNameTwoUnitsShareToTheYearsEndIsAmbiguous() {
        ProvinceUnit a = new ProvinceUnit(1, "10", "Sông Lô", ProvinceKind.PROVINCE, null, null);
        ProvinceUnit b = new ProvinceUnit(2, "11", "Song Lo", ProvinceKind.PROVINCE, null, null);
        ProvinceNameMatcher matcher = new ProvinceNameMatcher(new ProvinceUnits(java.util.List.of(a, b)), 2024);

        Match match = matcher.byName("Sông Lô");

        assertThat(match.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(match.candidates()).containsExactly(a, b);
        assertThat(matcher.byCode("11").unit()).isEqualTo(b);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Đắc Nông", "Nông", "Sài Gòn Gia Định", "Tỉnh", "Việt Nam", "99", "1234", "6 7"})
    void unknownNamesAndCodesAreUnknown(String written) {
        assertThat(in2020.byName(written).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void blankIsBlank() {
        assertThat(in2020.byName("  ").outcome()).isEqualTo(Outcome.BLANK);
        assertThat(in2020.byCode(null).outcome()).isEqualTo(Outcome.BLANK);
    }
}
