package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.NationalRanking;
import vn.cchc.tracker.indicator.UnitKind;

/**
 * Puts the ranks and groups computed from the national tables of scores ({@link ComputedStandings}, the one rule)
 * into series loaded for the dashboards: only where nothing is stored for that unit and year, marked computed, citing
 * the score they come from.
 */
final class ComputedPoints {

    private ComputedPoints() {}

    /**
     * @param byCode GSO code → indicator → year → point, holding every unit's values of the pairs' scores
     * @param wanted the computed indicators asked for; others are left as they are
     * @param code   the one code to compute for, or {@code null} for every scored unit
     */
    static void fill(
            Map<String, Map<String, TreeMap<Integer, SeriesPoint>>> byCode, Collection<String> wanted, String code) {
        for (ComputedStandings.Pair pair : ComputedStandings.pairsFor(wanted)) {
            Map<Integer, Map<String, BigDecimal>> scores = new HashMap<>();
            byCode.forEach((c, indicators) -> indicators
                    .getOrDefault(pair.scoreCode(), new TreeMap<>())
                    .forEach((year, p) -> {
                        if (p.number() != null) {
                            scores.computeIfAbsent(year, y -> new HashMap<>()).put(c, p.number());
                        }
                    }));
            Set<String> units = code == null ? byCode.keySet() : Set.of(code);
            ComputedStandings.compute(
                            pair, scores, new LinkedHashSet<>(units), (c, indicator, year) -> byCode.getOrDefault(
                                            c, Map.of())
                                    .getOrDefault(indicator, new TreeMap<>())
                                    .containsKey(year))
                    .stream()
                    .filter(v -> wanted.contains(v.indicatorCode()))
                    .forEach(v -> {
                        SeriesPoint score =
                                byCode.get(v.unit()).get(pair.scoreCode()).get(v.year());
                        byCode.get(v.unit())
                                .computeIfAbsent(v.indicatorCode(), k -> new TreeMap<>())
                                .put(v.year(), point(v, score));
                    });
        }
    }

    private static SeriesPoint point(ComputedStandings.Computed<String> v, SeriesPoint score) {
        int position = v.level() == null ? 0 : NationalRanking.PAPI_GROUPS.indexOf(v.level()) + 1;
        return new SeriesPoint(
                v.year(),
                v.level() == null ? UnitKind.RANK : UnitKind.GROUP,
                v.number(),
                v.level(),
                position == 0 ? null : NationalRanking.PAPI_GROUPS_EN.get(position - 1),
                position,
                score.source(),
                null,
                score.sourceUrl(),
                true,
                v.scored());
    }
}
