package vn.cchc.tracker.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks and groups computed from a year's national table of scores where the publisher printed none (issue 12, item
 * 4). The one place that says which indicator is computed from which score ({@link #PAIRS}), when a year's table is
 * complete enough to rank in ({@link #COMPLETE_ENOUGH}), and that a stored (published or entered) value is never
 * replaced. Read time only: nothing computed is stored, so a changed score changes every computed value of its year
 * on the next read. Plain Java; the ranking itself is {@link NationalRanking}'s.
 */
public final class ComputedStandings {

    /**
     * Fewest units scored in a year for its table to rank in: a rank among a handful of reporting provinces would
     * mislead. PAPI scores 60–63 units a year, PCI 63 until 2020; the PAR Index and SIPAS tables shipped never reach
     * it (a few provinces each), so nothing is computed for them until a full table is imported.
     */
    public static final int COMPLETE_ENOUGH = 50;

    /**
     * A score and what is computed from it: its rank (1 + the number of units scoring higher; ties share a rank) and,
     * for PAPI only, its quartile group. PCI groups are VCCI's own score bands, not quartiles: never computed.
     */
    public record Pair(String scoreCode, String rankCode, String groupCode) {

        /** The indicators computed from the score. */
        public List<String> derived() {
            return groupCode == null ? List.of(rankCode) : List.of(rankCode, groupCode);
        }
    }

    /** Every computed indicator with the score it comes from. */
    public static final List<Pair> PAIRS = List.of(
            new Pair("PCI_SCORE", "PCI_RANK", null),
            new Pair("PAPI_SCORE", "PAPI_RANK", "PAPI_GROUP"),
            new Pair("PAR_INDEX_SCORE", "PAR_INDEX_RANK", null),
            new Pair("SIPAS", "SIPAS_RANK", null));

    /** A computed value: a rank (a number) or a group (a level), with the N of "rank r of N". */
    public record Computed<K>(K unit, String indicatorCode, int year, BigDecimal number, String level, int scored) {}

    private ComputedStandings() {}

    /** The pair whose rank or group this indicator is, if it is computed at all. */
    public static Optional<Pair> pairOf(String indicatorCode) {
        return PAIRS.stream().filter(p -> p.derived().contains(indicatorCode)).findFirst();
    }

    /** The pairs computing any of the indicators. */
    public static Set<Pair> pairsFor(Collection<String> indicatorCodes) {
        Set<Pair> pairs = new LinkedHashSet<>();
        indicatorCodes.forEach(code -> pairOf(code).ifPresent(pairs::add));
        return pairs;
    }

    /** Whether a year's table of this many scored units is complete enough to rank in. */
    public static boolean completeEnough(int scored) {
        return scored >= COMPLETE_ENOUGH;
    }

    /**
     * The computed ranks and groups of one pair, for every unit scored in a complete-enough year that has no stored
     * value of the computed indicator in that year.
     *
     * @param scores    year → unit → score (one score per unit and year)
     * @param hasStored whether a value of the indicator (second argument) is stored for the unit in the year: a stored
     *                  value is published (or entered) and is never replaced
     * @param units     the units to compute for (every scored unit is still counted in the table)
     */
    public static <K> List<Computed<K>> compute(
            Pair pair, Map<Integer, ? extends Map<K, BigDecimal>> scores, Set<K> units, StoredCheck<K> hasStored) {
        List<Computed<K>> computed = new ArrayList<>();
        scores.forEach((year, byUnit) -> {
            Map<K, BigDecimal> scored = new LinkedHashMap<>();
            byUnit.forEach((unit, score) -> {
                if (score != null) {
                    scored.put(unit, score);
                }
            });
            if (!completeEnough(scored.size())) {
                return;
            }
            NationalRanking table = new NationalRanking(scored.values());
            scored.forEach((unit, score) -> {
                if (!units.contains(unit)) {
                    return;
                }
                if (!hasStored.test(unit, pair.rankCode(), year)) {
                    computed.add(new Computed<>(
                            unit,
                            pair.rankCode(),
                            year,
                            BigDecimal.valueOf(table.rankOf(score).orElseThrow()),
                            null,
                            table.scored()));
                }
                if (pair.groupCode() != null && !hasStored.test(unit, pair.groupCode(), year)) {
                    computed.add(new Computed<>(
                            unit,
                            pair.groupCode(),
                            year,
                            null,
                            table.groupOf(score).orElseThrow(),
                            table.scored()));
                }
            });
        });
        return computed;
    }

    /** Whether a unit has a stored value of an indicator in a year. */
    @FunctionalInterface
    public interface StoredCheck<K> {
        boolean test(K unit, String indicatorCode, int year);
    }
}
