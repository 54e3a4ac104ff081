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
import java.util.Optional;
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
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.attainment.rules.UnitEnd;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.support.DataVersion;
import vn.cchc.tracker.support.DataVersion.Versions;

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
                    inputs.loaded().isEmpty()
                            ? "inputs in memory"
                            : "inputs loaded from the database: " + inputs.loaded());
        }
        return results;
    }

    /**
     * What evaluating needs, from memory when the data is unchanged since it was loaded. Every province's inputs are
     * kept once loaded (a national overview loads them: 20,000 targets, 140,000 values); one province's are loaded
     * alone until then. After a write, only what was read from the tables it touched is loaded again
     * ({@link DataVersion.Versions}): a changed catalogue renames the kept targets, changed documents or targets
     * reload the targets, changed values reload the values of the units whose values changed; a changed unit reloads
     * everything. Kept inputs serve only
     * read-only transactions: a transaction that writes must see its own, not yet committed, changes.
     */
    private Inputs inputs(String provinceCode) {
        boolean mayKeep = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Versions now = mayKeep ? versions.currentByTable() : Versions.NONE;
        Inputs kept = everyProvince;
        if (mayKeep && kept != null && kept.versions().version() == now.version()) {
            return kept.reused();
        }
        boolean reloadInPart = mayKeep
                && kept != null
                && !now.touchedSince(kept.versions(), UNITS)
                && (provinceCode == null || !now.touchedSince(kept.versions(), BIG_TABLES));
        Inputs loaded = reloadInPart ? reload(kept, now) : load(provinceCode, now);
        if (mayKeep && (provinceCode == null || reloadInPart)) {
            everyProvince = loaded;
        }
        return loaded;
    }

    /** The table the units are read from ({@link AttainmentQuery#units}): every key of the inputs depends on it. */
    private static final String[] UNITS = {"province"};
    /** The tables of the targets' statement ({@link AttainmentQuery#targets}). */
    private static final String[] TARGETS = {"document", "target"};
    /**
     * The tables of the values' statement ({@link AttainmentQuery#measurements}): yearly and provisional values, whose
     * writes say which units they touched (V75).
     */
    private static final String[] VALUES = {"measurement", "provisional_measurement"};
    /** The other table of the values' statement: the periods date the provisional values of every unit. */
    private static final String[] PERIODS = {"reporting_period"};
    /** What one province's evaluation loads alone rather than all provinces' again. */
    private static final String[] BIG_TABLES = {"document", "target", "measurement", "reporting_period"};

    private Inputs load(String provinceCode, Versions version) {
        long started = System.nanoTime();
        ProvinceUnits units = query.units();
        AttainmentQuery.Catalogue catalogue = query.catalogue();
        List<TargetRow> targets = query.targets(provinceCode, units, catalogue.names());
        if (targets.isEmpty()) {
            return new Inputs(version, units, catalogue, List.of(), Map.of(), JudgedValues.NONE, "all");
        }
        long targetsLoaded = System.nanoTime();
        JudgedValues values = JudgedValues.read(query, provinceCode, units, targets, catalogue);
        if (log.isDebugEnabled()) {
            log.debug(
                    "loaded units, catalogue and {} targets in {} ms, {} series of values with their texts in {} ms",
                    targets.size(),
                    (targetsLoaded - started) / 1_000_000,
                    values.raw().size(),
                    (System.nanoTime() - targetsLoaded) / 1_000_000);
        }
        return inputs(version, units, catalogue, targets, values, "all");
    }

    /**
     * Every province's inputs again after a write that touched no unit: the units and the catalogue (two small
     * statements), then the targets and the values only if the write touched their tables.
     */
    private Inputs reload(Inputs kept, Versions now) {
        ProvinceUnits units = query.units();
        AttainmentQuery.Catalogue catalogue = query.catalogue();
        List<String> what = new ArrayList<>(List.of("units", "catalogue"));
        List<TargetRow> targets;
        if (now.touchedSince(kept.versions(), TARGETS)) {
            targets = query.targets(null, units, catalogue.names());
            what.add("targets");
        } else if (!catalogue.names().equals(kept.catalogue().names())) {
            targets = AttainmentQuery.renamed(kept.targets(), catalogue.names());
            what.add("targets renamed");
        } else {
            targets = kept.targets();
        }
        JudgedValues values = values(kept, now, units, catalogue, targets, what);
        return inputs(now, units, catalogue, targets, values, String.join(", ", what));
    }

    /**
     * The values after a write that touched no unit: read again whole when the targets' indicators or units changed
     * (or the reporting periods, which date the provisional values); after a write of values, only the units it
     * touched are read again ({@link DataVersion#unitsWithValuesWrittenSince}), unless they are too many.
     */
    private JudgedValues values(
            Inputs kept,
            Versions now,
            ProvinceUnits units,
            AttainmentQuery.Catalogue catalogue,
            List<TargetRow> targets,
            List<String> what) {
        boolean sameTexts = catalogue.levels().equals(kept.catalogue().levels());
        if (!now.touchedSince(kept.versions(), PERIODS)
                && JudgedValues.wanted(targets).equals(kept.values().wanted())) {
            if (!now.touchedSince(kept.versions(), VALUES)) {
                if (sameTexts) {
                    return kept.values();
                }
                what.add("value texts");
                return kept.values().withTexts(catalogue.levels());
            }
            Optional<Set<Long>> written =
                    versions.unitsWithValuesWrittenSince(kept.versions().version());
            Optional<JudgedValues> inPart = written.flatMap(
                    w -> kept.values().withUnitsReadAgain(w, query, units, targets, catalogue, sameTexts));
            if (inPart.isPresent()) {
                what.add("values of the units " + written.get());
                return inPart.get();
            }
        }
        what.add("values");
        return JudgedValues.read(query, null, units, targets, catalogue);
    }

    private static Inputs inputs(
            Versions version,
            ProvinceUnits units,
            AttainmentQuery.Catalogue catalogue,
            List<TargetRow> targets,
            JudgedValues values,
            String loaded) {
        Map<String, List<TargetRow>> byProvince = new HashMap<>();
        targets.forEach(t -> byProvince
                .computeIfAbsent(t.provinceCode(), k -> new ArrayList<>())
                .add(t));
        return new Inputs(version, units, catalogue, targets, byProvince, values, loaded);
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
            Integer scored =
                    result.judgedYear() == null ? null : inputs.values().scored(key, result.judgedYear());
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
     * Targets in document order, their provinces' measurement series (as loaded, and as judged with the levels of
     * group indicators), the values of those computed from national tables (series → year → units scored), what they
     * were loaded from ({@code versions}, {@code catalogue}, {@code wanted}), and what was loaded for them ("" when
     * they come from memory).
     */
    private record Inputs(
            Versions versions,
            ProvinceUnits units,
            AttainmentQuery.Catalogue catalogue,
            List<TargetRow> targets,
            Map<String, List<TargetRow>> byProvince,
            JudgedValues values,
            String loaded) {

        List<TargetRow> targetsOf(String provinceCode) {
            return provinceCode == null ? targets : byProvince.getOrDefault(provinceCode, List.of());
        }

        Map<String, LinkedHashMap<String, String>> levels() {
            return catalogue.levels();
        }

        /** The same inputs, said to come from memory. */
        Inputs reused() {
            return new Inputs(versions, units, catalogue, targets, byProvince, values, "");
        }

        Map<SeriesKey, Measurements> series() {
            return values.series();
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
