package vn.cchc.tracker.attainment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.cchc.tracker.attainment.AttainmentQuery.SeriesKey;
import vn.cchc.tracker.attainment.AttainmentQuery.YearValues;
import vn.cchc.tracker.indicator.ComputedStandings;

/**
 * Ranks and groups computed from the national tables of their scores ({@link ComputedStandings}, the one rule), put
 * into the series a target is judged on wherever nothing is stored for its year: a rank or group target is judged on
 * them like on any other result. Computed when the inputs are loaded, so a changed score (a new data version) gives
 * new computed values on the next evaluation.
 */
final class ComputedValues {

    private ComputedValues() {}

    /**
     * @param raw        the loaded values, holding every unit's values of the pairs' scores; filled in place
     * @param indicators the indicators targets are set on
     * @param codes      the series targets are set for (their first units' ids: {@link AttainmentQuery#seriesOf})
     * @return the computed values' series and years, each with the number of units scored that year
     */
    static Map<SeriesKey, Map<Integer, Integer>> fill(
            Map<SeriesKey, YearValues> raw, Set<String> indicators, Set<String> codes) {
        Map<SeriesKey, Map<Integer, Integer>> computed = new HashMap<>();
        for (ComputedStandings.Pair pair : ComputedStandings.pairsFor(indicators)) {
            Map<Integer, Map<String, BigDecimal>> scores = new HashMap<>();
            raw.forEach((key, values) -> {
                if (key.indicatorCode().equals(pair.scoreCode())) {
                    values.byYear().forEach((year, value) -> {
                        if (value instanceof BigDecimal number) {
                            scores.computeIfAbsent(year, y -> new HashMap<>()).put(key.series(), number);
                        }
                    });
                }
            });
            ComputedStandings.compute(pair, scores, codes, (code, indicator, year) -> {
                        YearValues values = raw.get(new SeriesKey(code, indicator));
                        return values != null && values.has(year);
                    })
                    .stream()
                    .filter(v -> indicators.contains(v.indicatorCode()))
                    .forEach(v -> {
                        SeriesKey key = new SeriesKey(v.unit(), v.indicatorCode());
                        raw.computeIfAbsent(key, k -> new YearValues())
                                .putComputed(v.year(), v.number() != null ? v.number() : v.level());
                        computed.computeIfAbsent(key, k -> new HashMap<>()).put(v.year(), v.scored());
                    });
        }
        // scores of indicators no target is set on came only to rank in (a successor's own series of a targeted
        // indicator stays: its pages show it beside its predecessors' goals)
        raw.keySet().removeIf(key -> !indicators.contains(key.indicatorCode()));
        return computed;
    }
}
