package vn.cchc.tracker.attainment.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Which provisional value stands in for a year's result (issue 16): a year that has a yearly result is judged on it,
 * whatever was recorded during the year; a year without one is judged on the value of its latest period that has one
 * (the period whose data window ends last: nine months before six months before the first quarter), marked
 * provisional with that period.
 */
public final class ProvisionalValues {

    private ProvisionalValues() {}

    /**
     * A value recorded at a period of a year.
     *
     * @param period    the period's kind ({@code Q1}, {@code H1}, {@code M9}), as the page names it
     * @param windowEnd the last day of the period's data window: a later one is a later period
     * @param value     a number or a group level, as yearly values are
     */
    public record Provisional(int year, String period, LocalDate windowEnd, Object value) {

        public Provisional {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(windowEnd, "windowEnd");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * @param values    one series' provisional values, in any order
     * @param hasYearly whether a year has a yearly result (stored or computed from the national table)
     * @return year → the provisional value that stands in for its result, for the years without a yearly result only
     */
    public static Map<Integer, Provisional> standIns(Collection<Provisional> values, IntPredicate hasYearly) {
        Map<Integer, Provisional> latest = new TreeMap<>();
        for (Provisional v : values) {
            if (hasYearly.test(v.year())) {
                continue;
            }
            latest.merge(v.year(), v, (a, b) -> b.windowEnd().isAfter(a.windowEnd()) ? b : a);
        }
        return latest;
    }
}
