package vn.cchc.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class NationalRankingTest {

    /**
     * Ten scores, hand-computed with PERCENTILE.INC (h = 9·p): P25 = x2 + 0.25·(x3 − x2) = 40 + 0.25·2 = 40.5,
     * P50 = x4 + 0.5·(x5 − x4) = 43 + 0.5·1 = 43.5, P75 = x6 + 0.75·(x7 − x6) = 45 + 0.75·3 = 47.25.
     */
    private static final NationalRanking TEN =
            new NationalRanking(Stream.of("50", "36", "48", "44", "40", "45", "38", "42", "43", "50")
                    .map(BigDecimal::new)
                    .toList());

    @Test
    void theQuartilesInterpolateLinearlyAsPercentileInc() {
        assertThat(TEN.percentile(new BigDecimal("0.25")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40.5"));
        assertThat(TEN.median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("43.5"));
        assertThat(TEN.percentile(new BigDecimal("0.75")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("47.25"));
        assertThat(TEN.percentile(BigDecimal.ONE))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(TEN.percentile(BigDecimal.ZERO))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("36"));
    }

    @ParameterizedTest(name = "{0} → rank {1} of 10, group {2}")
    @CsvSource({
        "50, 1, cao nhất", // tied first
        "48, 3, cao nhất", // ≥ P75 47.25
        "45, 4, trung bình cao",
        "44, 5, trung bình cao",
        "43.5, 6, trung bình cao", // exactly the median belongs to the upper half
        "43, 6, trung bình thấp",
        "42, 7, trung bình thấp",
        "40.5, 8, trung bình thấp", // exactly P25
        "40, 8, thấp nhất",
        "36, 10, thấp nhất"
    })
    void aScoreGetsItsRankAmongTheScoredAndItsQuartileGroup(String score, int rank, String group) {
        assertThat(TEN.rankOf(new BigDecimal(score))).contains(rank);
        assertThat(TEN.groupOf(new BigDecimal(score))).contains(group);
        assertThat(TEN.scored()).isEqualTo(10);
    }

    @Test
    void theBestAndWorstAreTheHighestAndLowestScores() {
        assertThat(TEN.best()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(TEN.worst()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("36"));
    }

    @Test
    void anEmptyTableRanksNothing() {
        NationalRanking none = new NationalRanking(List.of());
        assertThat(none.rankOf(BigDecimal.ONE)).isEmpty();
        assertThat(none.groupOf(BigDecimal.ONE)).isEmpty();
        assertThat(none.median()).isEmpty();
    }

    @Test
    void oneScoreIsItsOwnMedianAndTopGroup() {
        NationalRanking one = new NationalRanking(List.of(new BigDecimal("41.2")));
        assertThat(one.median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("41.2"));
        assertThat(one.groupOf(new BigDecimal("41.2"))).contains("cao nhất");
        assertThat(one.rankOf(new BigDecimal("41.2"))).contains(1);
    }
}
