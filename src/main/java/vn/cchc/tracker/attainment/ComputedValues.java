package vn.cchc.tracker.attainment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.cchc.tracker.attainment.AttainmentQuery.SeriesKey;
import vn.cchc.tracker.attainment.AttainmentQuery.YearValues;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.ComputedStandings.Computed;

/**
 * Ranks and groups computed from the national tables of their scores ({@link ComputedStandings}, the one rule), put
 * into the series a target is judged on wherever nothing is stored for its year: a rank or group target is judged on
 * them like on any other result. Computed when the inputs are loaded, so a changed score (a new data version) gives
 * new computed values on the next evaluation.
 */
final class ComputedValues {

    private ComputedValues() {}

    /**
     * @param read       the values as read, holding every unit's values of the pairs' scores (not changed)
     * @param indicators the indicators targets are set on
     * @param codes      the series targets are set for (their first units' ids: {@link AttainmentQuery#seriesOf})
     * @return by series, the computed values of the targets' indicators by year (each with the number of units
     *     scored that year), for the years with no stored value
     */
    static Map<SeriesKey, Map<Integer, Computed<String>>> compute(
            Map<SeriesKey, YearValues> read, Set<String> indicators, Set<String> codes) {
        Map<SeriesKey, Map<Integer, Computed<String>>> computed = new HashMap<>();
        Set<ComputedStandings.Pair> pairs = ComputedStandings.pairsFor(indicators);
        if (pairs.isEmpty()) {
            return computed;
        }
        Map<String, Map<Integer, Map<String, BigDecimal>>> scoresByCode = new HashMap<>();
        pairs.forEach(pair -> scoresByCode.put(pair.scoreCode(), new HashMap<>()));
        read.forEach((key, values) -> {
            Map<Integer, Map<String, BigDecimal>> scores = scoresByCode.get(key.indicatorCode());
            if (scores != null) {
                values.byYear().forEach((year, value) -> {
                    if (value instanceof BigDecimal number) {
                        scores.computeIfAbsent(year, y -> new HashMap<>()).put(key.series(), number);
                    }
                });
            }
        });
        for (ComputedStandings.Pair pair : pairs) {
            ComputedStandings.compute(pair, scoresByCode.get(pair.scoreCode()), codes, (code, indicator, year) -> {
                        YearValues values = read.get(new SeriesKey(code, indicator));
                        return values != null && values.has(year);
                    })
                    .stream()
                    .filter(v -> indicators.contains(v.indicatorCode()))
                    .forEach(v -> computed.computeIfAbsent(
                                    new SeriesKey(v.unit(), v.indicatorCode()), k -> new TreeMap<>())
                            .put(v.year(), v));
        }
        return computed;
    }
}
