package vn.cchc.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.ComputedStandings.Computed;
import vn.cchc.tracker.indicator.ComputedStandings.Pair;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ComputedStandingsTest {

    private static final Pair PAPI = ComputedStandings.pairOf("PAPI_GROUP").orElseThrow();

    /** Units "u1" … "uN" scoring 1 … N points (u1 the worst), in one year. */
    private static Map<Integer, Map<String, BigDecimal>> table(int year, int units) {
        Map<String, BigDecimal> scores = new HashMap<>();
        for (int i = 1; i <= units; i++) {
            scores.put("u" + i, BigDecimal.valueOf(i));
        }
        return Map.of(year, scores);
    }

    private static Computed<String> find(List<Computed<String>> all, String unit, String indicator) {
        return all.stream()
                .filter(c -> c.unit().equals(unit) && c.indicatorCode().equals(indicator))
                .findFirst()
                .orElse(null);
    }

    @Test
    void thePairsAreDeclaredOnceAndOnlyPapiHasAComputedGroup() {
        assertThat(ComputedStandings.pairOf("PAPI_RANK")).contains(PAPI);
        assertThat(PAPI.scoreCode()).isEqualTo("PAPI_SCORE");
        assertThat(ComputedStandings.pairOf("PCI_RANK").orElseThrow().scoreCode())
                .isEqualTo("PCI_SCORE");
        assertThat(ComputedStandings.pairOf("PAR_INDEX_RANK").orElseThrow().scoreCode())
                .isEqualTo("PAR_INDEX_SCORE");
        assertThat(ComputedStandings.pairOf("SIPAS_RANK").orElseThrow().scoreCode())
                .isEqualTo("SIPAS");
        // PCI groups are VCCI's score bands, not quartiles; a score is not computed from anything
        assertThat(ComputedStandings.pairOf("PCI_GROUP")).isEmpty();
        assertThat(ComputedStandings.pairOf("PAPI_SCORE")).isEmpty();
        assertThat(ComputedStandings.pairsFor(List.of("SIPAS", "PAPI_GROUP", "PAPI_RANK")))
                .containsExactly(PAPI);
    }

    @Test
    void aYearWithFewerThanFiftyScoredUnitsIsNotRankedIn() {
        Map<Integer, Map<String, BigDecimal>> few = table(2024, ComputedStandings.COMPLETE_ENOUGH - 1);

        assertThat(ComputedStandings.compute(PAPI, few, few.get(2024).keySet(), (u, i, y) -> false))
                .isEmpty();
        assertThat(ComputedStandings.completeEnough(49)).isFalse();
        assertThat(ComputedStandings.completeEnough(50)).isTrue();
    }

    @Test
    void aCompleteYearRanksEveryRequestedUnitAmongAllScoredOnes() {
        Map<Integer, Map<String, BigDecimal>> fifty = table(2024, 50);

        List<Computed<String>> computed =
                ComputedStandings.compute(PAPI, fifty, Set.of("u50", "u1"), (u, i, y) -> false);

        assertThat(computed).hasSize(4);
        Computed<String> best = find(computed, "u50", "PAPI_RANK");
        assertThat(best.number()).isEqualByComparingTo("1");
        assertThat(best.scored()).isEqualTo(50);
        assertThat(best.year()).isEqualTo(2024);
        assertThat(find(computed, "u1", "PAPI_RANK").number()).isEqualByComparingTo("50");
        assertThat(find(computed, "u50", "PAPI_GROUP").level()).isEqualTo("cao nhất");
        assertThat(find(computed, "u1", "PAPI_GROUP").level()).isEqualTo("thấp nhất");
    }

    @Test
    void tiedScoresShareTheBetterRankAndTheNextRankIsSkipped() {
        Map<String, BigDecimal> scores = new HashMap<>(table(2024, 50).get(2024));
        scores.put("u49", BigDecimal.valueOf(50)); // u49 and u50 both score 50

        List<Computed<String>> computed =
                ComputedStandings.compute(PAPI, Map.of(2024, scores), scores.keySet(), (u, i, y) -> false);

        assertThat(find(computed, "u50", "PAPI_RANK").number()).isEqualByComparingTo("1");
        assertThat(find(computed, "u49", "PAPI_RANK").number()).isEqualByComparingTo("1");
        assertThat(find(computed, "u48", "PAPI_RANK").number()).isEqualByComparingTo("3");
    }

    @Test
    void aStoredValueIsNeverReplacedAndOnlyItsOwnYearAndIndicatorAreSkipped() {
        Map<Integer, Map<String, BigDecimal>> years = new HashMap<>(table(2023, 50));
        years.putAll(table(2024, 50));

        // u50 has a published rank for 2024 only
        List<Computed<String>> computed =
                ComputedStandings.compute(PAPI, years, Set.of("u50"), (u, i, y) -> i.equals("PAPI_RANK") && y == 2024);

        assertThat(computed)
                .extracting(c -> c.indicatorCode() + " " + c.year())
                .containsExactlyInAnyOrder("PAPI_RANK 2023", "PAPI_GROUP 2023", "PAPI_GROUP 2024");
    }

    @Test
    void aRankWithoutAGroupIsComputedForTheOtherPairs() {
        Map<Integer, Map<String, BigDecimal>> fifty = table(2020, 50);
        Pair pci = ComputedStandings.pairOf("PCI_RANK").orElseThrow();

        List<Computed<String>> computed = ComputedStandings.compute(pci, fifty, Set.of("u25"), (u, i, y) -> false);

        assertThat(computed).singleElement().satisfies(c -> {
            assertThat(c.indicatorCode()).isEqualTo("PCI_RANK");
            assertThat(c.number()).isEqualByComparingTo("26");
        });
    }
}
