package vn.cchc.tracker.attainment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.cchc.tracker.attainment.AttainmentQuery.SeriesKey;
import vn.cchc.tracker.attainment.rules.AttainmentEvaluator;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.Measurements;
import vn.cchc.tracker.attainment.rules.ProvisionalValues;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.attainment.rules.UnitEnd;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.support.DataVersion;

/** Evaluates every target of a province, or of all provinces, for one year. */
@Service
@Transactional(readOnly = true)
public class AttainmentService {

    private static final Logger log = LoggerFactory.getLogger(AttainmentService.class);

    private final AttainmentQuery query;
    private final AttainmentEvaluator evaluator;
    private final AttainmentExplainer explainer;
    private final CalculationText calculation;
    private final AttainmentTexts texts;
    private final MessageSource messages;
    private final DataVersion versions;
    private volatile Inputs everyProvince;
    private final Timer oneProvince;
    private final Timer everyProvinceTimer;

    public AttainmentService(
            AttainmentQuery query,
            MessageSource messages,
            DataVersion versions,
            MeterRegistry meters,
            AttainmentProperties properties) {
        this.query = query;
        this.evaluator = new AttainmentEvaluator(properties.settings());
        this.messages = messages;
        this.versions = versions;
        this.explainer = new AttainmentExplainer(messages);
        this.calculation = new CalculationText(explainer, messages);
        this.texts = new AttainmentTexts(explainer, messages);
        this.oneProvince = evaluationTimer(meters, "province");
        this.everyProvinceTimer = evaluationTimer(meters, "all");
    }

    /** Metric {@code cchc.attainment.evaluation} (Prometheus: {@code cchc_attainment_evaluation_seconds}). */
    private static Timer evaluationTimer(MeterRegistry meters, String scope) {
        return Timer.builder("cchc.attainment.evaluation")
                .description("Evaluating the targets of one province or of all provinces for a year")
                .tag("scope", scope)
                .register(meters);
    }

    /**
     * @param provinceCode a GSO code, or {@code null} for every province
     * @param year         the evaluation year
     */
    public List<TargetAttainment> evaluate(String provinceCode, int year, Locale locale) {
        long started = System.nanoTime();
        try {
            return evaluate(provinceCode, year, locale, started);
        } finally {
            (provinceCode == null ? everyProvinceTimer : oneProvince)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private List<TargetAttainment> evaluate(String provinceCode, int year, Locale locale, long started) {
        Inputs inputs = inputs(provinceCode);
        List<TargetAttainment> results = evaluateTargets(inputs, inputs.targetsOf(provinceCode), year, locale);
        if (log.isDebugEnabled()) {
            log.debug(
                    "evaluated {} targets of {} for {} in {} ms ({}; their words are written when read)",
                    results.size(),
                    provinceCode == null ? "all provinces" : provinceCode,
                    year,
                    (System.nanoTime() - started) / 1_000_000,
                    inputs.loaded() ? "inputs loaded from the database" : "inputs in memory");
        }
        return results;
    }

    /**
     * What evaluating needs, from memory when the data is unchanged since it was loaded. Every province's inputs are
     * kept once loaded (a national overview loads them: 20,000 targets, 140,000 values); one province's are loaded
     * alone until then. Kept inputs serve only read-only transactions: a transaction that writes must see its own,
     * not yet committed, changes.
     */
    private Inputs inputs(String provinceCode) {
        boolean mayKeep = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        long version = mayKeep ? versions.current() : -1;
        Inputs kept = everyProvince;
        if (mayKeep && kept != null && kept.version() == version) {
            return kept.reused();
        }
        Inputs loaded = load(provinceCode, version);
        if (mayKeep && provinceCode == null) {
            everyProvince = loaded;
        }
        return loaded;
    }

    private Inputs load(String provinceCode, long version) {
        long started = System.nanoTime();
        ProvinceUnits units = query.units();
        AttainmentQuery.Catalogue catalogue = query.catalogue();
        List<TargetRow> targets = query.targets(provinceCode, units, catalogue.names());
        if (targets.isEmpty()) {
            return new Inputs(version, units, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), true);
        }
        long targetsLoaded = System.nanoTime();
        Set<String> indicators = new HashSet<>();
        Set<String> codes = new HashSet<>();
        targets.forEach(t -> {
            indicators.add(t.indicatorCode());
            codes.add(AttainmentQuery.seriesOf(units, units.byId(t.unitId()).orElseThrow()));
        });
        Set<String> scores = new HashSet<>();
        ComputedStandings.pairsFor(indicators).forEach(pair -> scores.add(pair.scoreCode()));
        Set<String> loaded = new HashSet<>(indicators);
        loaded.addAll(scores);
        AttainmentQuery.Values loadedValues = query.measurements(provinceCode, units, loaded, scores);
        Map<SeriesKey, AttainmentQuery.YearValues> raw = loadedValues.yearly();
        Map<SeriesKey, Map<Integer, Integer>> computed = ComputedValues.fill(raw, indicators, codes);
        // a year without a yearly result (stored or computed) is judged on its latest provisional value
        loadedValues.provisional().forEach((key, recorded) -> {
            if (!indicators.contains(key.indicatorCode())) {
                return;
            }
            AttainmentQuery.YearValues yearly = raw.get(key);
            ProvisionalValues.standIns(recorded, year -> yearly != null && yearly.has(year))
                    .forEach((year, p) -> raw.computeIfAbsent(key, k -> new AttainmentQuery.YearValues())
                            .putProvisional(year, p.value(), p.period()));
        });
        long valuesLoaded = System.nanoTime();
        Map<String, LinkedHashMap<String, String>> levels = catalogue.levels();
        Map<SeriesKey, Measurements> series = new HashMap<>(raw.size() * 2);
        raw.forEach((key, values) ->
                series.put(key, AttainmentTexts.toMeasurements(values, levels.get(key.indicatorCode()))));
        Map<String, List<TargetRow>> byProvince = new HashMap<>();
        targets.forEach(t -> byProvince
                .computeIfAbsent(t.provinceCode(), k -> new ArrayList<>())
                .add(t));
        if (log.isDebugEnabled()) {
            log.debug(
                    "loaded units, catalogue and {} targets in {} ms, {} series of values in {} ms, series built in {} ms",
                    targets.size(),
                    (targetsLoaded - started) / 1_000_000,
                    raw.size(),
                    (valuesLoaded - targetsLoaded) / 1_000_000,
                    (System.nanoTime() - valuesLoaded) / 1_000_000);
        }
        return new Inputs(version, units, targets, byProvince, series, computed, levels, true);
    }

    private List<TargetAttainment> evaluateTargets(Inputs inputs, List<TargetRow> targets, int year, Locale locale) {
        List<TargetAttainment> results = new ArrayList<>(targets.size());
        Map<TargetRow.GoalKey, List<TargetRow>> goals = new HashMap<>(); // rule 8: several targets, one goal
        targets.forEach(
                t -> goals.computeIfAbsent(t.goalKey(), k -> new ArrayList<>(1)).add(t));
        for (TargetRow target : targets) {
            ProvinceUnit unit = inputs.units().byId(target.unitId()).orElseThrow();
            SeriesKey key = new SeriesKey(AttainmentQuery.seriesOf(inputs.units(), unit), target.indicatorCode());
            Measurements measurements = inputs.series().getOrDefault(key, Measurements.empty());
            AttainmentResult result =
                    evaluator.evaluate(target.toAttainmentTarget(), measurements, year, unitEnd(inputs.units(), unit));
            LinkedHashMap<String, String> indicatorLevels = inputs.levels().get(target.indicatorCode());
            // a judged value computed from the national table says so, with the number of units scored
            Integer scored = result.judgedYear() == null
                    ? null
                    : inputs.computed().getOrDefault(key, Map.of()).get(result.judgedYear());
            String provisionalPeriod =
                    result.judgedYear() == null ? null : measurements.provisionalPeriodIn(result.judgedYear());
            results.add(new TargetAttainment(
                    target,
                    result,
                    goals.get(target.goalKey()),
                    provisionalPeriod,
                    () -> texts.texts(target, result, indicatorLevels, scored, locale)));
        }
        return results;
    }

    /**
     * The goals of the units that ended into the unit carrying a code in the year (Đắk Nông and the old Lâm Đồng under
     * the Lâm Đồng of 01/07/2025), each once, with the carrier's latest result for the same indicator beside it, for
     * information (rule 3: never judged against it). {@code code} {@code null}: under every unit carrying a code.
     * Uses every province's inputs (kept in memory, as the overview's).
     */
    public List<PredecessorGoal> predecessorGoals(String code, int year, Locale locale) {
        Inputs inputs = inputs(null);
        ProvinceUnits units = inputs.units();
        List<PredecessorGoal> goals = new ArrayList<>();
        for (ProvinceUnit carrier : units.all()) {
            if (!carrier.existedIn(year) || (code != null && !code.equals(carrier.code()))) {
                continue;
            }
            if (!units.inYear(carrier.code(), year).map(carrier::equals).orElse(false)) {
                continue;
            }
            Set<Long> ended = new HashSet<>();
            units.predecessors(carrier).stream()
                    .filter(p -> !units.continuedBySuccessor(p))
                    .forEach(p -> ended.add(p.id()));
            if (ended.isEmpty()) {
                continue;
            }
            List<TargetRow> theirs = inputs.targets().stream()
                    .filter(t -> ended.contains(t.unitId()))
                    .toList();
            for (TargetAttainment a : TargetAttainment.goalsOnce(evaluateTargets(inputs, theirs, year, locale))) {
                Measurements own = series(inputs, carrier, a.target().indicatorCode());
                int latest = own.indexAtOrBefore(year);
                String result = latest < 0
                        ? null
                        : texts.valueText(
                                own,
                                latest,
                                a.target(),
                                inputs.levels().get(a.target().indicatorCode()),
                                locale);
                goals.add(new PredecessorGoal(
                        a, carrier.code(), carrier.nameVi(), result, latest < 0 ? null : own.yearAt(latest)));
            }
        }
        return goals;
    }

    /**
     * A goal of a unit that ended, listed under its successor.
     *
     * @param successorResult the successor's latest result in or before the year for the same indicator, in words,
     *                        shown for information only; {@code null} when it has none
     */
    public record PredecessorGoal(
            TargetAttainment attainment,
            String successorCode,
            String successorName,
            String successorResult,
            Integer successorResultYear) {}

    private static Measurements series(Inputs inputs, ProvinceUnit unit, String indicatorCode) {
        return inputs.series()
                .getOrDefault(
                        new SeriesKey(AttainmentQuery.seriesOf(inputs.units(), unit), indicatorCode),
                        Measurements.empty());
    }

    /**
     * How a target's unit ended, if it did: the end of its series (a unit continued on the same territory has not
     * ended), with the unit it became part of.
     */
    static UnitEnd unitEnd(ProvinceUnits units, ProvinceUnit unit) {
        ProvinceUnit last = units.seriesEnd(unit);
        if (last.validTo() == null) {
            return null;
        }
        ProvinceUnit successor = units.successor(last).orElse(null);
        return new UnitEnd(
                unit.nameVi(),
                last.validTo(),
                successor == null ? null : successor.code(),
                successor == null ? null : successor.nameVi());
    }

    /**
     * Targets in document order, their provinces' measurement series, the values of those computed from national
     * tables (series → year → units scored), and the levels of group indicators.
     */
    private record Inputs(
            long version,
            ProvinceUnits units,
            List<TargetRow> targets,
            Map<String, List<TargetRow>> byProvince,
            Map<SeriesKey, Measurements> series,
            Map<SeriesKey, Map<Integer, Integer>> computed,
            Map<String, LinkedHashMap<String, String>> levels,
            boolean loaded) {

        List<TargetRow> targetsOf(String provinceCode) {
            return provinceCode == null ? targets : byProvince.getOrDefault(provinceCode, List.of());
        }

        Inputs reused() {
            return new Inputs(version, units, targets, byProvince, series, computed, levels, false);
        }
    }

    /** The targets of one document, in the document's order. */
    public List<TargetAttainment> evaluateDocument(long documentId, String provinceCode, int year, Locale locale) {
        return evaluate(provinceCode, year, locale).stream()
                .filter(a -> a.target().documentId() == documentId)
                .toList();
    }

    /** "How this was computed", line by line (the API's {@code calculation} in words). */
    public List<CalculationText.Line> calculation(TargetAttainment attainment, Locale locale) {
        return calculation.lines(attainment.result(), locale);
    }

    public String statusLabel(AttainmentStatus status, Locale locale) {
        return explainer.statusLabel(status, locale);
    }
}
