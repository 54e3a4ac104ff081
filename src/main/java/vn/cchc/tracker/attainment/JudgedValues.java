package vn.cchc.tracker.attainment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.tracker.attainment.AttainmentQuery.SeriesKey;
import vn.cchc.tracker.attainment.AttainmentQuery.YearValues;
import vn.cchc.tracker.attainment.rules.Measurements;
import vn.cchc.tracker.attainment.rules.ProvisionalValues;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.indicator.ComputedStandings;
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
 * @param raw      by series: the read values with the computed and provisional ones filled in
 * @param computed the computed values' series and years, each with the number of units scored that year
 * @param series   by series: the values as judged, with their texts
 */
record JudgedValues(
        Set<String> wanted,
        AttainmentQuery.Values read,
        Map<SeriesKey, YearValues> raw,
        Map<SeriesKey, Map<Integer, Integer>> computed,
        Map<SeriesKey, Measurements> series) {

    /** No values, for no targets. */
    static final JudgedValues NONE = new JudgedValues(
            Set.of(), new AttainmentQuery.Values(Map.of(), Map.of()), Map.of(), Map.of(), Map.of());

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
        AttainmentQuery.Values fresh =
                again.isEmpty() ? null : query.measurementsOfUnits(again, units, readIndicators);
        Map<SeriesKey, YearValues> yearly = new HashMap<>(read.yearly());
        Map<SeriesKey, List<ProvisionalValues.Provisional>> provisional = new HashMap<>(read.provisional());
        yearly.keySet().removeIf(key -> series.contains(key.series()));
        provisional.keySet().removeIf(key -> series.contains(key.series()));
        if (fresh != null) {
            yearly.putAll(fresh.yearly());
            provisional.putAll(fresh.provisional());
        }
        return Optional.of(derive(
                new AttainmentQuery.Values(yearly, provisional),
                units,
                targets,
                catalogue,
                sameTexts ? this : null,
                series));
    }

    /** The same values judged with the levels of a changed catalogue. */
    JudgedValues withTexts(Map<String, LinkedHashMap<String, String>> levels) {
        return new JudgedValues(wanted, read, raw, computed, series(raw, levels));
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
     * The values as judged, derived from the values as read. {@code before}: the values judged with the same levels
     * before some series' values were read again ({@code readAgain}); its series' texts serve wherever nothing they
     * were derived from changed (neither the series' values nor a value computed for it).
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
        targets.forEach(t -> codes.add(
                AttainmentQuery.seriesOf(units, units.byId(t.unitId()).orElseThrow())));
        Map<SeriesKey, YearValues> raw = new HashMap<>(read.yearly().size() * 2);
        read.yearly().forEach((key, values) -> raw.put(key, values.copy()));
        Map<SeriesKey, Map<Integer, Integer>> computed = ComputedValues.fill(raw, indicators, codes);
        // a year without a yearly result (stored or computed) is judged on its latest provisional value
        read.provisional().forEach((key, recorded) -> {
            if (!indicators.contains(key.indicatorCode())) {
                return;
            }
            YearValues yearly = raw.get(key);
            ProvisionalValues.standIns(recorded, year -> yearly != null && yearly.has(year))
                    .forEach((year, p) -> raw.computeIfAbsent(key, k -> new YearValues())
                            .putProvisional(year, p.value(), p.period()));
        });
        Map<SeriesKey, Measurements> series;
        if (before == null) {
            series = series(raw, catalogue.levels());
        } else {
            series = new HashMap<>(raw.size() * 2);
            raw.forEach((key, values) -> {
                Measurements kept = readAgain.contains(key.series())
                                || computed.containsKey(key)
                                || before.computed().containsKey(key)
                        ? null
                        : before.series().get(key);
                series.put(
                        key,
                        kept != null
                                ? kept
                                : AttainmentTexts.toMeasurements(values, catalogue.levels().get(key.indicatorCode())));
            });
        }
        return new JudgedValues(wanted(targets), read, raw, computed, series);
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
