package vn.cchc.tracker.attainment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.tracker.attainment.AttainmentQuery.SeriesKey;
import vn.cchc.tracker.attainment.AttainmentQuery.YearValues;
import vn.cchc.tracker.attainment.rules.Measurements;
import vn.cchc.tracker.attainment.rules.ProvisionalValues;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.ComputedStandings.Computed;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;

/**
 * The values targets are judged on, kept with the values as read, so that after a write to some units' values only
 * those units' are read again ({@link #withUnitsReadAgain}) and the rest is derived as a full read would derive it: the
 * ranks and groups computed from the national tables ({@link ComputedValues}), the provisional values standing in for
 * a year without a yearly result ({@link ProvisionalValues}), and each series as judged ({@link Measurements}).
 *
 * @param wanted   the indicators and units of the targets the values were read for ({@link #wanted})
 * @param read     the values as read (every unit's values of the targets' indicators and of the scores ranks are
 *                 computed from), never changed
 * @param computedValues by series, the values computed from national tables by year
 * @param raw      by series: the read values with the computed and provisional ones filled in
 * @param series   by series: the values as judged, with their texts
 */
record JudgedValues(
        Set<String> wanted,
        AttainmentQuery.Values read,
        Map<SeriesKey, Map<Integer, Computed<String>>> computedValues,
        Map<SeriesKey, YearValues> raw,
        Map<SeriesKey, Measurements> series) {

    private static final Logger log = LoggerFactory.getLogger(JudgedValues.class);

    /** No values, for no targets. */
    static final JudgedValues NONE =
            new JudgedValues(Set.of(), new AttainmentQuery.Values(Map.of(), Map.of()), Map.of(), Map.of(), Map.of());

    /** The values of the targets' indicators (a province's, or every province's for {@code null}), read whole. */
    static JudgedValues read(
            AttainmentQuery query,
            String provinceCode,
            ProvinceUnits units,
            List<TargetRow> targets,
            AttainmentQuery.Catalogue catalogue) {
        Set<String> indicators = indicators(targets);
        Set<String> scores = scores(indicators);
        Set<String> read = new HashSet<>(indicators);
        read.addAll(scores);
        return derive(query.measurements(provinceCode, units, read, scores), units, targets, catalogue, null, Set.of());
    }

    /**
     * These values (every province's) with the values of some units read again, or nothing when that is not worth it
     * (more than a third of the units, or a unit unknown here): a full read then does it.
     *
     * @param written the units whose values were written (deleted, inserted or changed)
     * @param targets the targets, on the same indicators and units as these values' ({@link #wanted})
     * @param sameTexts whether the catalogue's levels are those these values were judged with
     */
    Optional<JudgedValues> withUnitsReadAgain(
            Set<Long> written,
            AttainmentQuery query,
            ProvinceUnits units,
            List<TargetRow> targets,
            AttainmentQuery.Catalogue catalogue,
            boolean sameTexts) {
        if (written.isEmpty()) { // statements that wrote no row
            return Optional.of(sameTexts ? this : withTexts(catalogue.levels()));
        }
        Set<String> series = new HashSet<>(); // a unit's values share a series with its continuation's (Huế)
        for (long id : written) {
            Optional<ProvinceUnit> unit = units.byId(id);
            if (unit.isEmpty()) {
                return Optional.empty();
            }
            series.add(AttainmentQuery.seriesOf(units, unit.get()));
        }
        List<Long> again = new ArrayList<>();
        units.all().forEach(u -> {
            if (series.contains(AttainmentQuery.seriesOf(units, u))) {
                again.add(u.id());
            }
        });
        if (again.size() * 3 > units.all().size()) {
            return Optional.empty();
        }
        Set<String> indicators = indicators(targets);
        Set<String> readIndicators = new HashSet<>(indicators);
        readIndicators.addAll(scores(indicators));
        long started = System.nanoTime();
        AttainmentQuery.Values fresh = again.isEmpty() ? null : query.measurementsOfUnits(again, units, readIndicators);
        long readAt = System.nanoTime();
        Map<SeriesKey, YearValues> yearly = new HashMap<>(read.yearly());
        Map<SeriesKey, List<ProvisionalValues.Provisional>> provisional = new HashMap<>(read.provisional());
        yearly.keySet().removeIf(key -> series.contains(key.series()));
        provisional.keySet().removeIf(key -> series.contains(key.series()));
        if (fresh != null) {
            yearly.putAll(fresh.yearly());
            provisional.putAll(fresh.provisional());
        }
        JudgedValues derived = derive(
                new AttainmentQuery.Values(yearly, provisional),
                units,
                targets,
                catalogue,
                sameTexts ? this : null,
                series);
        if (log.isDebugEnabled()) {
            log.debug(
                    "read the values of the units {} again in {} ms, judged the series in {} ms",
                    again,
                    (readAt - started) / 1_000_000,
                    (System.nanoTime() - readAt) / 1_000_000);
        }
        return Optional.of(derived);
    }

    /** The same values judged with the levels of a changed catalogue. */
    JudgedValues withTexts(Map<String, LinkedHashMap<String, String>> levels) {
        return new JudgedValues(wanted, read, computedValues, raw, series(raw, levels));
    }

    /**
     * The number of units scored in the national table the series' value of the year was computed from, or
     * {@code null} when that value is not computed.
     */
    Integer scored(SeriesKey key, int year) {
        Map<Integer, Computed<String>> byYear = computedValues.get(key);
        Computed<String> value = byYear == null ? null : byYear.get(year);
        return value == null ? null : value.scored();
    }

    /** The indicators and series the targets are set on: the values read for them serve while these stay. */
    static Set<String> wanted(List<TargetRow> targets) {
        Set<String> wanted = new HashSet<>();
        targets.forEach(t -> {
            wanted.add(t.indicatorCode());
            wanted.add("#" + t.unitId());
        });
        return wanted;
    }

    /**
     * The values as judged, derived from the values as read, series by series. {@code before}: the values judged with
     * the same levels before some series' values were read again ({@code readAgain}); a series neither read again nor
     * given other computed values is judged as it was.
     */
    private static JudgedValues derive(
            AttainmentQuery.Values read,
            ProvinceUnits units,
            List<TargetRow> targets,
            AttainmentQuery.Catalogue catalogue,
            JudgedValues before,
            Set<String> readAgain) {
        Set<String> indicators = indicators(targets);
        Set<String> codes = new HashSet<>();
        targets.forEach(t ->
                codes.add(AttainmentQuery.seriesOf(units, units.byId(t.unitId()).orElseThrow())));
        Map<SeriesKey, Map<Integer, Computed<String>>> computedValues =
                ComputedValues.compute(read.yearly(), indicators, codes);
        // the series judged: the targets' indicators' (the scores of other indicators came only to rank in), with a
        // stored, computed or provisional value
        Set<SeriesKey> keys = new HashSet<>(computedValues.keySet());
        read.yearly().keySet().forEach(key -> {
            if (indicators.contains(key.indicatorCode())) {
                keys.add(key);
            }
        });
        read.provisional().keySet().forEach(key -> {
            if (indicators.contains(key.indicatorCode())) {
                keys.add(key);
            }
        });
        Map<SeriesKey, YearValues> raw = new HashMap<>(keys.size() * 2);
        Map<SeriesKey, Measurements> series = new HashMap<>(keys.size() * 2);
        for (SeriesKey key : keys) {
            Map<Integer, Computed<String>> computed = computedValues.get(key);
            YearValues kept = before == null
                            || readAgain.contains(key.series())
                            || !Objects.equals(computed, before.computedValues().get(key))
                    ? null
                    : before.raw().get(key);
            if (kept != null) {
                raw.put(key, kept);
                series.put(key, before.series().get(key));
                continue;
            }
            YearValues values =
                    judged(read.yearly().get(key), computed, read.provisional().get(key));
            if (values != null) {
                raw.put(key, values);
                series.put(
                        key,
                        AttainmentTexts.toMeasurements(
                                values, catalogue.levels().get(key.indicatorCode())));
            }
        }
        return new JudgedValues(wanted(targets), read, computedValues, raw, series);
    }

    /**
     * One series as judged: its stored values, the computed ones for the years without one, then for the years
     * without either, the provisional value standing in; {@code null} when it has none of them.
     */
    private static YearValues judged(
            YearValues stored,
            Map<Integer, Computed<String>> computed,
            List<ProvisionalValues.Provisional> provisional) {
        YearValues values = stored == null ? null : stored.copy();
        if (computed != null) {
            if (values == null) {
                values = new YearValues();
            }
            for (Computed<String> v : computed.values()) {
                values.putComputed(v.year(), v.number() != null ? v.number() : v.level());
            }
        }
        if (provisional != null) {
            YearValues yearly = values;
            Map<Integer, ProvisionalValues.Provisional> standIns =
                    ProvisionalValues.standIns(provisional, year -> yearly != null && yearly.has(year));
            if (!standIns.isEmpty()) {
                YearValues withStandIns = values == null ? new YearValues() : values;
                standIns.forEach((year, p) -> withStandIns.putProvisional(year, p.value(), p.period()));
                values = withStandIns;
            }
        }
        return values;
    }

    private static Set<String> indicators(List<TargetRow> targets) {
        Set<String> indicators = new HashSet<>();
        targets.forEach(t -> indicators.add(t.indicatorCode()));
        return indicators;
    }

    /** The scores whose national tables the ranks and groups of the indicators are computed from. */
    private static Set<String> scores(Set<String> indicators) {
        Set<String> scores = new HashSet<>();
        ComputedStandings.pairsFor(indicators).forEach(pair -> scores.add(pair.scoreCode()));
        return scores;
    }

    private static Map<SeriesKey, Measurements> series(
            Map<SeriesKey, YearValues> raw, Map<String, LinkedHashMap<String, String>> levels) {
        Map<SeriesKey, Measurements> series = new HashMap<>(raw.size() * 2);
        raw.forEach((key, values) ->
                series.put(key, AttainmentTexts.toMeasurements(values, levels.get(key.indicatorCode()))));
        return series;
    }
}
