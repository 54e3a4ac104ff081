package vn.cchc.tracker.province;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.LAM_DONG;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.tracker.testing.RepositoryTest;

@RepositoryTest
class ProvinceRepositoryTest {

    @Autowired
    ProvinceRepository provinces;

    @Test
    void shipsTheFourProvincesWithTheirSuccessors() {
        List<Province> all = provinces.findAllWithSuccessor();

        assertThat(all)
                .extracting(Province::getNameVi)
                .contains("Đắk Nông", "Bình Định", "Quảng Trị", "Thừa Thiên Huế", "Lâm Đồng", "Gia Lai", "Huế");
        assertThat(successorOf(all, "Đắk Nông")).isEqualTo("Lâm Đồng");
        assertThat(successorOf(all, "Bình Định")).isEqualTo("Gia Lai");
        assertThat(successorOf(all, "Thừa Thiên Huế")).isEqualTo("Huế");
        assertThat(successorOf(all, "Quảng Bình")).isEqualTo("Quảng Trị");
    }

    @Test
    void dakNongEndsWhenLamDongBeginsOnFirstJuly2025() {
        Province dakNong = byName(provinces.findAllWithSuccessor(), "Đắk Nông");

        assertThat(dakNong.getCode()).isEqualTo(DAK_NONG);
        assertThat(dakNong.isValidOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(dakNong.isValidOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(dakNong.getSuccessor().getCode()).isEqualTo(LAM_DONG);
        assertThat(dakNong.getSuccessor().getValidFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void hueKeepsItsCodeAndBecomesACentrallyRunCityIn2025() {
        List<Province> all = provinces.findAllWithSuccessor();
        Province province = byName(all, "Thừa Thiên Huế");
        Province city = byName(all, "Huế");

        assertThat(province.getCode()).isEqualTo(city.getCode()).isEqualTo(HUE);
        assertThat(province.getKind()).isEqualTo(ProvinceKind.PROVINCE);
        assertThat(city.getKind()).isEqualTo(ProvinceKind.CITY);
        assertThat(province.getValidTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(city.getValidFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    private static Province byName(List<Province> all, String name) {
        return all.stream().filter(p -> p.getNameVi().equals(name)).findFirst().orElseThrow();
    }

    private static String successorOf(List<Province> all, String name) {
        return byName(all, name).getSuccessor().getNameVi();
    }
}
