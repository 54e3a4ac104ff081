package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.NationalRanking;
import vn.cchc.tracker.indicator.UnitKind;

/**
 * The national tables of a score or percentage, year by year, from every unit's value: the context beside a value
 * (rank of N, median, best, worst). Only years whose table is complete enough count: a rank among a handful of
 * reported provinces would mislead ({@link ComputedStandings#COMPLETE_ENOUGH}, the one rule).
 */
final class NationalContext {

    private final Map<Integer, NationalRanking> byYear;

    private NationalContext(Map<Integer, NationalRanking> byYear) {
        this.byYear = byYear;
    }

    /** @param series every unit's values of the indicator, by GSO code */
    static NationalContext of(IndicatorInfo indicator, Collection<List<SeriesPoint>> series) {
        return of(indicator.unitKind(), indicator.direction(), series);
    }

    /** @param series every unit's values of an indicator of this kind and direction, by GSO code */
    static NationalContext of(UnitKind unitKind, Direction direction, Collection<List<SeriesPoint>> series) {
        boolean scored = unitKind == UnitKind.SCORE || unitKind == UnitKind.PERCENT;
        if (!scored || direction != Direction.HIGHER_IS_BETTER) {
            return new NationalContext(Map.of());
        }
        Map<Integer, List<BigDecimal>> values = new HashMap<>();
        series.forEach(points -> points.stream().filter(p -> p.number() != null).forEach(p -> values.computeIfAbsent(
                        p.year(), y -> new ArrayList<>())
                .add(p.number())));
        Map<Integer, NationalRanking> byYear = new HashMap<>();
        values.forEach((year, numbers) -> {
            if (ComputedStandings.completeEnough(numbers.size())) {
                byYear.put(year, new NationalRanking(numbers));
            }
        });
        return new NationalContext(byYear);
    }

    /** The year's national table, or {@code null} when it is not complete enough. */
    NationalRanking in(int year) {
        return byYear.get(year);
    }

    /** The years with a table complete enough, in order. */
    List<Integer> years() {
        return byYear.keySet().stream().sorted().toList();
    }

    /** The latest year up to {@code year} with a table complete enough, or {@code null}. */
    Integer latestUpTo(int year) {
        return byYear.keySet().stream()
                .filter(y -> y <= year)
                .max(Integer::compare)
                .orElse(null);
    }

    /** One year's distribution: the worst, the quartiles and the best (PERCENTILE.INC, as {@link NationalRanking}). */
    record Band(int year, BigDecimal worst, BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal best) {}

    /** The distribution of every year with a table complete enough, in year order. */
    List<Band> bands() {
        return years().stream()
                .map(y -> {
                    NationalRanking t = byYear.get(y);
                    return new Band(
                            y,
                            t.worst().orElseThrow(),
                            t.percentile(new BigDecimal("0.25")).orElseThrow(),
                            t.median().orElseThrow(),
                            t.percentile(new BigDecimal("0.75")).orElseThrow(),
                            t.best().orElseThrow());
                })
                .toList();
    }
}
