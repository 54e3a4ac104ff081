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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
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
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.support.DataVersion;
import vn.cchc.tracker.support.Languages;

/** Evaluates every target of a province, or of all provinces, for one year. */
@Service
@Transactional(readOnly = true)
public class AttainmentService {

    private static final Logger log = LoggerFactory.getLogger(AttainmentService.class);

    private final AttainmentQuery query;
    private final AttainmentEvaluator evaluator = new AttainmentEvaluator();
    private final AttainmentExplainer explainer;
    private final MessageSource messages;
    private final DataVersion versions;
    private volatile Inputs everyProvince;
    private final Timer oneProvince;
    private final Timer everyProvinceTimer;

    public AttainmentService(
            AttainmentQuery query, MessageSource messages, DataVersion versions, MeterRegistry meters) {
        this.query = query;
        this.messages = messages;
        this.versions = versions;
        this.explainer = new AttainmentExplainer(messages);
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
        List<TargetRow> targets = inputs.targetsOf(provinceCode);
        List<TargetAttainment> results = new ArrayList<>(targets.size());
        for (TargetRow target : targets) {
            SeriesKey key = new SeriesKey(target.provinceCode(), target.indicatorCode());
            Measurements measurements = inputs.series().getOrDefault(key, Measurements.empty());
            AttainmentResult result = evaluator.evaluate(target.toAttainmentTarget(), measurements, year);
            LinkedHashMap<String, String> indicatorLevels = inputs.levels().get(target.indicatorCode());
            Integer scored = result.judgedYear() == null
                    ? null
                    : inputs.computed().getOrDefault(key, Map.of()).get(result.judgedYear());
            results.add(
                    new TargetAttainment(target, result, () -> texts(target, result, indicatorLevels, scored, locale)));
        }
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
        Map<Long, ProvinceUnit> units = query.units();
        AttainmentQuery.Catalogue catalogue = query.catalogue();
        List<TargetRow> targets = query.targets(provinceCode, units, catalogue.names());
        if (targets.isEmpty()) {
            return new Inputs(version, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), true);
        }
        long targetsLoaded = System.nanoTime();
        Set<String> indicators = new HashSet<>();
        Set<String> codes = new HashSet<>();
        targets.forEach(t -> {
            indicators.add(t.indicatorCode());
            codes.add(t.provinceCode());
        });
        Set<String> scores = new HashSet<>();
        ComputedStandings.pairsFor(indicators).forEach(pair -> scores.add(pair.scoreCode()));
        Set<String> loaded = new HashSet<>(indicators);
        loaded.addAll(scores);
        Map<SeriesKey, AttainmentQuery.YearValues> raw = query.measurements(provinceCode, units, loaded, scores);
        Map<SeriesKey, Map<Integer, Integer>> computed = ComputedValues.fill(raw, indicators, codes);
        long valuesLoaded = System.nanoTime();
        Map<String, LinkedHashMap<String, String>> levels = catalogue.levels();
        Map<SeriesKey, Measurements> series = new HashMap<>(raw.size() * 2);
        raw.forEach((key, values) -> series.put(key, toMeasurements(values, levels.get(key.indicatorCode()))));
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
        return new Inputs(version, targets, byProvince, series, computed, levels, true);
    }

    /**
     * Targets in document order, their provinces' measurement series, the values of those computed from national
     * tables (series → year → units scored), and the levels of group indicators.
     */
    private record Inputs(
            long version,
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
            return new Inputs(version, targets, byProvince, series, computed, levels, false);
        }
    }

    /** @param scored for a judged value computed from the national table, the units scored that year; else null */
    private TargetAttainment.Texts texts(
            TargetRow target,
            AttainmentResult result,
            LinkedHashMap<String, String> indicatorLevels,
            Integer scored,
            Locale locale) {
        UnaryOperator<String> levelLabel = levelLabel(indicatorLevels, locale);
        String judged = judgedText(result, target, locale, levelLabel);
        return new TargetAttainment.Texts(
                explainer.threshold(target.toAttainmentTarget(), locale, levelLabel),
                judged == null || scored == null
                        ? judged
                        : messages.getMessage("attainment.judged.computed", new Object[] {judged, scored}, locale),
                progressText(result, locale),
                explainer.explain(result, locale, levelLabel));
    }

    /** The targets of one document, in the document's order. */
    public List<TargetAttainment> evaluateDocument(long documentId, String provinceCode, int year, Locale locale) {
        return evaluate(provinceCode, year, locale).stream()
                .filter(a -> a.target().documentId() == documentId)
                .toList();
    }

    public String statusLabel(AttainmentStatus status, Locale locale) {
        return explainer.statusLabel(status, locale);
    }

    private String judgedText(
            AttainmentResult result, TargetRow target, Locale locale, UnaryOperator<String> levelLabel) {
        if (result.explanation().judgedLevel() != null) {
            return levelLabel.apply(result.explanation().judgedLevel());
        }
        return result.judgedValue() == null
                ? null
                : explainer.formatValue(target.unitKind(), result.judgedValue(), locale);
    }

    private String progressText(AttainmentResult result, Locale locale) {
        if (result.progress() == null) {
            return null;
        }
        String percent = AttainmentExplainer.formatNumber(
                        result.progress().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP), locale)
                + "%";
        return messages.getMessage("progress.text", new Object[] {percent}, locale);
    }

    private static Measurements toMeasurements(
            AttainmentQuery.YearValues values, LinkedHashMap<String, String> levels) {
        if (levels == null) {
            return values.numbers();
        }
        Map<Integer, String> byYear = new TreeMap<>();
        values.byYear().forEach((year, value) -> byYear.put(year, (String) value));
        return Measurements.ofLevels(byYear, AttainmentQuery.names(levels));
    }

    private static UnaryOperator<String> levelLabel(LinkedHashMap<String, String> levels, Locale locale) {
        if (levels == null || !Languages.isEnglish(locale)) {
            return UnaryOperator.identity();
        }
        return level -> levels.getOrDefault(level, level);
    }
}
