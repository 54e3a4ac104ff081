package vn.cchc.tracker.attainment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import vn.cchc.tracker.attainment.AttainmentQuery.SeriesKey;
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

    public AttainmentService(AttainmentQuery query, MessageSource messages) {
        this.query = query;
        this.messages = messages;
        this.explainer = new AttainmentExplainer(messages);
    }

    /**
     * @param provinceCode a GSO code, or {@code null} for every province
     * @param year         the evaluation year
     */
    public List<TargetAttainment> evaluate(String provinceCode, int year, Locale locale) {
        long started = System.nanoTime();
        List<TargetRow> targets = query.targets(provinceCode);
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<SeriesKey, TreeMap<Integer, Object>> raw = query.measurements(provinceCode);
        Map<String, LinkedHashMap<String, String>> levels = query.levels();
        Map<SeriesKey, Measurements> series = new java.util.HashMap<>();
        List<TargetAttainment> results = new ArrayList<>(targets.size());
        for (TargetRow target : targets) {
            SeriesKey key = new SeriesKey(target.provinceCode(), target.indicatorCode());
            Measurements measurements = series.computeIfAbsent(key, k -> toMeasurements(raw.get(k), levels.get(k.indicatorCode())));
            AttainmentResult result = evaluator.evaluate(target.toAttainmentTarget(), measurements, year);
            UnaryOperator<String> levelLabel = levelLabel(levels.get(target.indicatorCode()), locale);
            results.add(new TargetAttainment(target, result,
                    explainer.threshold(target.toAttainmentTarget(), locale, levelLabel),
                    judgedText(result, target, locale, levelLabel),
                    progressText(result, locale),
                    explainer.explain(result, locale, levelLabel)));
        }
        if (log.isDebugEnabled()) {
            log.debug("evaluated {} targets of {} for {} in {} ms", results.size(), provinceCode == null ? "all provinces" : provinceCode,
                    year, (System.nanoTime() - started) / 1_000_000);
        }
        return results;
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

    private String judgedText(AttainmentResult result, TargetRow target, Locale locale, UnaryOperator<String> levelLabel) {
        if (result.explanation().judgedLevel() != null) {
            return levelLabel.apply(result.explanation().judgedLevel());
        }
        return result.judgedValue() == null ? null : explainer.formatValue(target.unitKind(), result.judgedValue(), locale);
    }

    private String progressText(AttainmentResult result, Locale locale) {
        if (result.progress() == null) {
            return null;
        }
        String percent = AttainmentExplainer.formatNumber(
                result.progress().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP), locale) + "%";
        return messages.getMessage("progress.text", new Object[] {percent}, locale);
    }

    private static Measurements toMeasurements(TreeMap<Integer, Object> values, LinkedHashMap<String, String> levels) {
        if (values == null || values.isEmpty()) {
            return Measurements.empty();
        }
        if (levels != null) {
            Map<Integer, String> byYear = new TreeMap<>();
            values.forEach((year, value) -> byYear.put(year, (String) value));
            return Measurements.ofLevels(byYear, AttainmentQuery.names(levels));
        }
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        values.forEach((year, value) -> byYear.put(year, (BigDecimal) value));
        return Measurements.ofNumbers(byYear);
    }

    private static UnaryOperator<String> levelLabel(LinkedHashMap<String, String> levels, Locale locale) {
        if (levels == null || !Languages.isEnglish(locale)) {
            return UnaryOperator.identity();
        }
        return level -> levels.getOrDefault(level, level);
    }
}
