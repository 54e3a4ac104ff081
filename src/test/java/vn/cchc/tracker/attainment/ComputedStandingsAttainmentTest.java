package vn.cchc.tracker.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * Rank and group targets judged on the ranks and groups computed from the national PAPI table (shipped data): Quảng
 * Trị (45) aims at PAPI rank 20 or better and group "trung bình cao" or better by 2025; no rank or group was
 * published for 2024, its total 44.7473 is 14th of the 61 scored (hand-computed, see the dashboard's 2024 table test).
 */
@ApplicationTest
class ComputedStandingsAttainmentTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    AttainmentService attainment;

    @Autowired
    JdbcTemplate jdbc;

    private TargetAttainment target(List<TargetAttainment> all, String indicator) {
        return all.stream()
                .filter(a -> a.target().indicatorCode().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRankTargetIsJudgedOnTheRankComputedFromTheYearsNationalTable() {
        TargetAttainment rank = target(attainment.evaluate(QUANG_TRI, 2024, VI), "PAPI_RANK");

        // published: rank 26 in 2023; computed: 14 of 61 in 2024
        assertThat(rank.result().judgedYear()).isEqualTo(2024);
        assertThat(rank.result().judgedValue()).isEqualByComparingTo("14");
        assertThat(rank.status()).isEqualTo(AttainmentStatus.MET);
        assertThat(rank.judgedText()).isEqualTo("hạng 14 (tính toán từ bảng điểm của 61 tỉnh, thành phố)");
    }

    @Test
    void aGroupTargetIsJudgedOnTheQuartileGroupAndAPublishedGroupIsKept() {
        TargetAttainment in2024 = target(attainment.evaluate(QUANG_TRI, 2024, VI), "PAPI_GROUP");
        assertThat(in2024.result().judgedYear()).isEqualTo(2024);
        assertThat(in2024.result().explanation().judgedLevel()).isEqualTo("cao nhất");
        assertThat(in2024.judgedText()).startsWith("cao nhất (tính toán");
        assertThat(in2024.status()).isEqualTo(AttainmentStatus.MET);

        // 2023 has a published group (trung bình cao): judged as published, not as computed
        TargetAttainment in2023 = target(attainment.evaluate(QUANG_TRI, 2023, VI), "PAPI_GROUP");
        assertThat(in2023.result().judgedYear()).isEqualTo(2023);
        assertThat(in2023.result().explanation().judgedLevel()).isEqualTo("trung bình cao");
        assertThat(in2023.judgedText()).isEqualTo("trung bình cao");
    }

    @Test
    void aChangedScoreChangesTheComputedRankOnTheNextEvaluation() {
        Map<String, Object> before = jdbc.queryForMap("""
                select m.value_number, m.computed from measurement m join province p on p.id = m.province_id
                where p.code = '45' and m.indicator_code = 'PAPI_SCORE' and m.year = 2024""");
        try {
            jdbc.update("""
                    update measurement m set value_number = 30 from province p
                    where p.id = m.province_id and p.code = '45' and m.indicator_code = 'PAPI_SCORE' and m.year = 2024""");

            TargetAttainment ofQuangTri = attainment.evaluate(null, 2024, VI).stream()
                    .filter(a -> a.target().provinceCode().equals(QUANG_TRI)
                            && a.target().indicatorCode().equals("PAPI_RANK"))
                    .findFirst()
                    .orElseThrow();

            assertThat(ofQuangTri.result().judgedValue()).isEqualByComparingTo("61");
            assertThat(ofQuangTri.status()).isNotEqualTo(AttainmentStatus.MET);
        } finally {
            jdbc.update("""
                    update measurement m set value_number = ?, computed = ? from province p
                    where p.id = m.province_id and p.code = '45' and m.indicator_code = 'PAPI_SCORE' and m.year = 2024""", before.get("value_number"), before.get("computed"));
        }
    }
}
