package vn.cchc.tracker.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.RepositoryTest;

/** The national unit list as every installation has it (V45): counts, successions, formations and sources. */
@RepositoryTest
class AdministrativeUnitsTest {

    private static final LocalDate LAST_DAY_OF_63 = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY_OF_34 = LocalDate.of(2025, 7, 1);

    @Autowired
    ProvinceRepository provinces;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eightySevenUnitsSixtyThreeUntilTheMergerAndThirtyFourFromIt() {
        List<Province> all = provinces.findAllWithSuccessor();

        assertThat(all).hasSize(87);
        assertThat(all.stream().filter(p -> p.isValidOn(LAST_DAY_OF_63))).hasSize(63);
        assertThat(all.stream().filter(p -> p.isValidOn(FIRST_DAY_OF_34))).hasSize(34);
        assertThat(all.stream().filter(p -> p.isValidOn(LocalDate.of(2024, 12, 31))))
                .hasSize(63);
        assertThat(all)
                .extracting(Province::getNameVi)
                .allMatch(name -> Normalizer.isNormalized(name, Normalizer.Form.NFC));
    }

    @Test
    void quangTri45EndsAndTheNewQuangTriCarriesQuangBinhsCode44() {
        ProvinceUnits units = units();
        Province old = unit("45", LAST_DAY_OF_63);

        assertThat(old.getNameVi()).isEqualTo("Quảng Trị");
        assertThat(old.getValidFrom()).as("no founding date without a source").isNull();
        assertThat(old.getValidTo()).isEqualTo(LAST_DAY_OF_63);
        assertThat(old.getSuccessor().getCode()).isEqualTo("44");
        assertThat(old.getSuccessor().getNameVi()).isEqualTo("Quảng Trị");
        assertThat(units.inYear("45", 2026)).isEmpty();
        assertThat(units.inYear("44", 2024).orElseThrow().nameVi()).isEqualTo("Quảng Bình");
        assertThat(units.inYear("44", 2026).orElseThrow().nameVi()).isEqualTo("Quảng Trị");
        assertThat(formedFrom("44")).containsExactlyInAnyOrder("Quảng Bình (centre)", "Quảng Trị");
    }

    @Test
    void code52IsBinhDinhUntilTheMergerAndGiaLaiFromIt() {
        ProvinceUnits units = units();

        assertThat(unit("52", LAST_DAY_OF_63).getNameVi()).isEqualTo("Bình Định");
        assertThat(unit("52", FIRST_DAY_OF_34).getNameVi()).isEqualTo("Gia Lai");
        assertThat(unit("52", LAST_DAY_OF_63).getSuccessor().getNameVi()).isEqualTo("Gia Lai");
        assertThat(unit("64", LAST_DAY_OF_63).getSuccessor().getCode()).isEqualTo("52");
        assertThat(units.inYear("52", 2024).orElseThrow().nameVi()).isEqualTo("Bình Định");
        assertThat(units.inYear("52", 2026).orElseThrow().nameVi()).isEqualTo("Gia Lai");
        assertThat(units.inYear("64", 2026)).isEmpty();
        assertThat(formedFrom("52")).containsExactlyInAnyOrder("Bình Định (centre)", "Gia Lai");
    }

    @Test
    void dakNong67BecomesPartOfLamDong68() {
        Province dakNong = unit("67", LAST_DAY_OF_63);

        assertThat(dakNong.getNameVi()).isEqualTo("Đắk Nông");
        assertThat(dakNong.getSuccessor().getCode()).isEqualTo("68");
        assertThat(dakNong.getSuccessor().getValidFrom()).isEqualTo(FIRST_DAY_OF_34);
        assertThat(units().inYear("67", 2026)).isEmpty();
        assertThat(formedFrom("68")).containsExactlyInAnyOrder("Bình Thuận", "Đắk Nông", "Lâm Đồng (centre)");
    }

    @Test
    void thuaThienHue46BecomesTheCityOfHueOnFirstJanuary2025() {
        Province province = unit("46", LocalDate.of(2024, 12, 31));
        Province city = unit("46", LocalDate.of(2025, 1, 1));

        assertThat(province.getNameVi()).isEqualTo("Thừa Thiên Huế");
        assertThat(province.getKind()).isEqualTo(ProvinceKind.PROVINCE);
        assertThat(province.getSuccessor().getId()).isEqualTo(city.getId());
        assertThat(city.getNameVi()).isEqualTo("Huế");
        assertThat(city.getKind()).isEqualTo(ProvinceKind.CITY);
        assertThat(city.getValidTo()).as("not merged in 2025").isNull();
        assertThat(units().inYear("46", 2024).orElseThrow().nameVi()).isEqualTo("Thừa Thiên Huế");
        assertThat(units().inYear("46", 2025).orElseThrow().nameVi()).isEqualTo("Huế");
    }

    @Test
    void everyUnitCitesItsSourcesAndEverySourceIsDescribed() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from province p where not exists"
                                + " (select 1 from province_source s where s.province_id = p.id)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select string_agg(source_key, ';' order by position) from province_source s"
                                + " join province p on p.id = s.province_id where p.code = '46' group by p.id"
                                + " order by min(p.valid_from) nulls first",
                        String.class))
                .containsExactly("S5;S8;S9", "S5;S8;S9;S4;S6;S2;S10");
        assertThat(jdbc.queryForList("select key from unit_source order by length(key), key", String.class))
                .containsExactly(
                        "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12", "S13", "S16");
        assertThat(jdbc.queryForObject("select count(*) from province_formation", Integer.class))
                .as("the 23 merged units were formed from 52 former ones")
                .isEqualTo(52);
    }

    private ProvinceUnits units() {
        return new ProvinceUnits(
                provinces.findAllWithSuccessor().stream().map(Province::unit).toList());
    }

    private Province unit(String code, LocalDate day) {
        return provinces.findAllWithSuccessor().stream()
                .filter(p -> p.getCode().equals(code) && p.isValidOn(day))
                .findFirst()
                .orElseThrow();
    }

    private List<String> formedFrom(String code) {
        return jdbc.queryForList("""
                select o.name_vi || case when f.holds_centre then ' (centre)' else '' end
                from province_formation f
                join province n on n.id = f.unit_id and n.code = ? and n.valid_from = date '2025-07-01'
                join province o on o.id = f.former_id
                order by o.name_vi collate "C" """, String.class, code);
    }
}
