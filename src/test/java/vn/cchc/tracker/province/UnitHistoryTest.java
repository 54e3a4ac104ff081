package vn.cchc.tracker.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.province.UnitHistory.Kind;
import vn.cchc.tracker.province.UnitHistory.Line;
import vn.cchc.tracker.testing.UnitTest;

/** The history lines of a province page, both ways. Plain Java. */
@UnitTest
class UnitHistoryTest {

    private static final LocalDate END = LocalDate.of(2025, 6, 30);
    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    private final Province lamDong = Province.of(1, "68", "Lâm Đồng", ProvinceKind.PROVINCE, START, null, null);
    private final Province oldLamDong = Province.of(2, "68", "Lâm Đồng", ProvinceKind.PROVINCE, null, END, lamDong);
    private final Province dakNong = Province.of(3, "67", "Đắk Nông", ProvinceKind.PROVINCE, null, END, lamDong);
    private final Province binhThuan = Province.of(4, "60", "Bình Thuận", ProvinceKind.PROVINCE, null, END, lamDong);
    private final Province hue = Province.of(5, "46", "Huế", ProvinceKind.CITY, LocalDate.of(2025, 1, 1), null, null);
    private final Province thuaThienHue =
            Province.of(6, "46", "Thừa Thiên Huế", ProvinceKind.PROVINCE, null, LocalDate.of(2024, 12, 31), hue);
    private final Province haNoi = Province.of(7, "01", "Hà Nội", ProvinceKind.CITY, null, null, null);

    @Test
    void aNewUnitIsFormedFromItsPredecessorsTheCentresFirst() {
        List<Line> lines =
                UnitHistory.of(new ProvinceProfile("68", List.of(oldLamDong, lamDong), List.of(binhThuan, dakNong)));

        assertThat(lines)
                .extracting(Line::kind, Line::unit, Line::others)
                .containsExactly(
                        tuple(Kind.NOW_PART_OF, oldLamDong, List.of(lamDong)),
                        tuple(Kind.FORMED, lamDong, List.of(oldLamDong, dakNong, binhThuan)));
    }

    @Test
    void aMergedUnitIsNowPartOfItsSuccessor() {
        List<Line> lines = UnitHistory.of(new ProvinceProfile("67", List.of(dakNong), List.of()));

        assertThat(lines).extracting(Line::kind, Line::successor).containsExactly(tuple(Kind.NOW_PART_OF, lamDong));
        assertThat(dakNong.lastYearCarried()).isEqualTo(2025);
    }

    @Test
    void aCodesYearlyValueIsTheUnitsThatCarriedTheCodeThatYear() {
        assertThat(oldLamDong.carriedCodeIn(2021)).isTrue();
        assertThat(lamDong.carriedCodeIn(2021))
                .as("the new Lâm Đồng began in 2025")
                .isFalse();
        assertThat(lamDong.carriedCodeIn(2025)).isTrue();
        assertThat(oldLamDong.carriedCodeIn(2025)).isFalse();
        assertThat(dakNong.carriedCodeIn(2025)).as("67 ended with Đắk Nông").isTrue();
        assertThat(dakNong.carriedCodeIn(2026)).isFalse();
    }

    @Test
    void aUnitRenamedAloneBecameItsSuccessor() {
        List<Line> lines = UnitHistory.of(new ProvinceProfile("46", List.of(thuaThienHue, hue), List.of()));

        assertThat(lines)
                .extracting(Line::kind, Line::unit)
                .containsExactly(tuple(Kind.BECAME, thuaThienHue), tuple(Kind.SINCE, hue));
        assertThat(thuaThienHue.lastYearCarried()).isEqualTo(2024);
        assertThat(oldLamDong.lastYearCarried())
                .as("the new Lâm Đồng carries 68 in 2025")
                .isEqualTo(2024);
        assertThat(hue.lastYearCarried()).isNull();
    }

    @Test
    void anUnchangedUnitIsInForce() {
        assertThat(UnitHistory.of(new ProvinceProfile("01", List.of(haNoi), List.of())))
                .extracting(Line::kind)
                .containsExactly(Kind.IN_FORCE);
    }

    @Test
    void aProfileInAYearShowsTheUnitThatCarriedTheCode() {
        ProvinceProfile profile = new ProvinceProfile("68", List.of(oldLamDong, lamDong), List.of(dakNong));

        assertThat(profile.inYear(2024).current()).isSameAs(oldLamDong);
        assertThat(profile.inYear(2025).current()).isSameAs(lamDong);
        assertThat(profile.current()).isSameAs(lamDong);
        assertThat(profile.inYear(2024).otherUnits()).containsExactly(lamDong);
        assertThat(new ProvinceProfile("67", List.of(dakNong), List.of())
                        .inYear(2026)
                        .current())
                .as("a retired code shows its last unit")
                .isSameAs(dakNong);
    }
}
