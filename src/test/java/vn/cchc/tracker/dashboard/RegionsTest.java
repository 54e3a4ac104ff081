package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class RegionsTest {

    @Test
    void theShippedClassificationPutsEachOfThe63ProvincesInOneOfSixRegions() {
        Regions regions = Regions.shipped();

        assertThat(regions.all())
                .extracting(Regions.Region::nameVi)
                .containsExactly(
                        "Trung du và miền núi phía Bắc",
                        "Đồng bằng sông Hồng",
                        "Bắc Trung Bộ và Duyên hải miền Trung",
                        "Tây Nguyên",
                        "Đông Nam Bộ",
                        "Đồng bằng sông Cửu Long");
        List<String> codes = List.of(
                "01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24", "25", "26",
                "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45", "46", "48", "49", "51",
                "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75", "77", "79", "80",
                "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96");
        assertThat(codes)
                .hasSize(63)
                .allSatisfy(c -> assertThat(regions.of(c)).as(c).isPresent());
        assertThat(regions.group(codes).values().stream().mapToInt(List::size)).containsExactly(14, 11, 14, 5, 6, 13);
        assertThat(regions.of("67").orElseThrow().name(Locale.ENGLISH)).isEqualTo("Central Highlands");
        assertThat(regions.of("46").orElseThrow().nameVi()).isEqualTo("Bắc Trung Bộ và Duyên hải miền Trung");
    }

    @Test
    void codesOfNoRegionAreGroupedLastAndEmptyRegionsLeftOut() {
        Regions regions = Regions.parse(List.of(
                "# comment",
                "region,A,2,Vùng A,Region A",
                "region,B,1,Vùng B,Region B",
                "province,01,A",
                "province,02,B"));

        assertThat(regions.all()).extracting(Regions.Region::code).containsExactly("B", "A");
        assertThat(regions.group(List.of("01", "99")).entrySet())
                .extracting(e -> e.getKey() == null ? null : e.getKey().code(), e -> e.getValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", List.of("01")),
                        org.assertj.core.groups.Tuple.tuple(null, List.of("99")));
    }

    @Test
    void aProvinceListedTwiceOrInAnUnknownRegionIsRefused() {
        assertThatThrownBy(() -> Regions.parse(List.of("region,A,1,a,a", "province,01,A", "province,01,A")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Regions.parse(List.of("region,A,1,a,a", "province,01,Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
