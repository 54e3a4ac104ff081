package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * The PAPI ranks and groups of 2024 computed from the shipped national table of totals (61 units scored; only Huế's
 * rank, 11, was published). The expected table was computed by hand with a script from
 * {@code data/published/published-indices.csv} (the 61 PAPI totals of 2024, one per province, no duplicates):
 * rank = 1 + the number of higher totals; quartiles by PERCENTILE.INC (h = 60·p): P25 = x15 = 41.9391,
 * P50 = x30 = 43.4796, P75 = x45 = 44.6854 (x0 the lowest): the totals of 15, 12 and 24 sit exactly on a quartile and
 * belong to the group above it (≥).
 */
@ApplicationTest
class ComputedPapi2024Test {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** code | PAPI total 2024 | rank | group */
    private static final List<String> EXPECTED = List.of(
            "01|43.7747|29|trung bình cao",
            "02|43.7289|30|trung bình cao",
            "04|41.3325|51|thấp nhất",
            "06|44.0962|22|trung bình cao",
            "08|42.5468|44|trung bình thấp",
            "10|41.7489|48|thấp nhất",
            "11|41.3758|50|thấp nhất",
            "12|43.4796|31|trung bình cao",
            "14|43.8876|25|trung bình cao",
            "15|41.9391|46|trung bình thấp",
            "17|43.4778|32|trung bình thấp",
            "19|46.3487|4|cao nhất",
            "20|45.0036|12|cao nhất",
            "22|47.8212|1|cao nhất",
            "24|44.6854|16|cao nhất",
            "25|44.4145|18|trung bình cao",
            "27|45.4857|8|cao nhất",
            "30|42.5948|43|trung bình thấp",
            "31|42.7037|42|trung bình thấp",
            "33|44.4042|19|trung bình cao",
            "34|44.7379|15|cao nhất",
            "35|43.3827|34|trung bình thấp",
            "36|44.3575|20|trung bình cao",
            "37|43.9520|24|trung bình cao",
            "38|44.8708|13|cao nhất",
            "40|43.0699|37|trung bình thấp",
            "42|45.5531|6|cao nhất",
            "44|43.8048|28|trung bình cao",
            "45|44.7473|14|cao nhất",
            "46|45.0950|11|cao nhất",
            "48|43.2121|35|trung bình thấp",
            "49|41.0045|55|thấp nhất",
            "51|43.0691|38|trung bình thấp",
            "52|43.4681|33|trung bình thấp",
            "54|40.6684|56|thấp nhất",
            "56|43.8064|27|trung bình cao",
            "58|45.7323|5|cao nhất",
            "60|47.1266|3|cao nhất",
            "62|40.3083|60|thấp nhất",
            "64|41.2859|52|thấp nhất",
            "66|43.0102|39|trung bình thấp",
            "67|40.5374|58|thấp nhất",
            "68|41.0179|54|thấp nhất",
            "70|41.6294|49|thấp nhất",
            "72|47.3452|2|cao nhất",
            "74|45.3911|9|cao nhất",
            "75|41.8245|47|thấp nhất",
            "77|45.5321|7|cao nhất",
            "79|42.8132|41|trung bình thấp",
            "80|42.2931|45|trung bình thấp",
            "83|41.2496|53|thấp nhất",
            "84|40.6163|57|thấp nhất",
            "86|43.1959|36|trung bình thấp",
            "87|43.8357|26|trung bình cao",
            "89|42.8917|40|trung bình thấp",
            "91|39.9122|61|thấp nhất",
            "92|40.4427|59|thấp nhất",
            "93|44.0066|23|trung bình cao",
            "94|45.1864|10|cao nhất",
            "95|44.1004|21|trung bình cao",
            "96|44.5217|17|trung bình cao");

    @Autowired
    ComparisonService comparison;

    private Map<String, SeriesPoint> in2024(String indicator) {
        List<String> codes = EXPECTED.stream().map(r -> r.split("\\|")[0]).toList();
        Map<String, SeriesPoint> points = new LinkedHashMap<>();
        comparison
                .comparison(indicator, codes, List.of(), 2024, null, VI)
                .provinces()
                .forEach(p -> points.put(p.code(), p.pointByYear().get(2024)));
        return points;
    }

    @Test
    void theComputedRanksAndGroupsOf2024MatchTheHandComputedTable() {
        Map<String, SeriesPoint> totals = in2024("PAPI_SCORE");
        Map<String, SeriesPoint> ranks = in2024("PAPI_RANK");
        Map<String, SeriesPoint> groups = in2024("PAPI_GROUP");

        for (String row : EXPECTED) {
            String[] f = row.split("\\|");
            assertThat(totals.get(f[0]).number()).as(f[0]).isEqualByComparingTo(f[1]);
            assertThat(ranks.get(f[0]).number()).as(f[0]).isEqualByComparingTo(f[2]);
            assertThat(groups.get(f[0]).level()).as(f[0]).isEqualTo(f[3]);
            assertThat(groups.get(f[0]).computedStanding()).as(f[0]).isTrue();
            assertThat(groups.get(f[0]).scored()).isEqualTo(61);
        }
        assertThat(Stream.of("thấp nhất", "trung bình thấp", "trung bình cao", "cao nhất")
                        .map(g -> groups.values().stream()
                                .filter(p -> p.level().equals(g))
                                .count()))
                .containsExactly(15L, 15L, 15L, 16L);
    }

    @Test
    void thePublishedRankIsKeptAndEveryOtherIsMarkedComputedOfSixtyOne() {
        Map<String, SeriesPoint> ranks = in2024("PAPI_RANK");

        SeriesPoint hue = ranks.get("46");
        assertThat(hue.computedStanding()).isFalse();
        assertThat(hue.number()).isEqualByComparingTo("11");
        assertThat(hue.source()).contains("PAPI");

        SeriesPoint dakNong = ranks.get("67");
        assertThat(dakNong.computedStanding()).isTrue();
        assertThat(dakNong.computed()).isTrue();
        assertThat(dakNong.scored()).isEqualTo(61);
        assertThat(dakNong.source()).isEqualTo(in2024("PAPI_SCORE").get("67").source());
        assertThat(ranks.values().stream().filter(SeriesPoint::computedStanding))
                .hasSize(60);
    }
}
