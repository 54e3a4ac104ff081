package vn.cchc.tracker.attainment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.Measurements;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.support.Languages;

/** The words beside an attainment: threshold, judged value, progress so far, explanation; and series from raw values. */
final class AttainmentTexts {

    private final AttainmentExplainer explainer;
    private final MessageSource messages;

    AttainmentTexts(AttainmentExplainer explainer, MessageSource messages) {
        this.explainer = explainer;
        this.messages = messages;
    }

    /** The i-th value of a series in words ("81,21%", "nhóm khá" in the reader's language). */
    String valueText(Measurements m, int index, TargetRow target, LinkedHashMap<String, String> levels, Locale locale) {
        return m.isGroup()
                ? levelLabel(levels, locale).apply(m.levelAt(index))
                : explainer.formatValue(target.unitKind(), m.numberAt(index), locale);
    }

    /** @param scored for a judged value computed from the national table, the units scored that year; else null */
    TargetAttainment.Texts texts(
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

    static Measurements toMeasurements(AttainmentQuery.YearValues values, LinkedHashMap<String, String> levels) {
        if (levels == null) {
            return values.numbers().withProvisional(values.provisionalPeriods());
        }
        Map<Integer, String> byYear = new TreeMap<>();
        values.byYear().forEach((year, value) -> byYear.put(year, (String) value));
        return Measurements.ofLevels(byYear, AttainmentQuery.names(levels))
                .withProvisional(values.provisionalPeriods());
    }

    private static UnaryOperator<String> levelLabel(LinkedHashMap<String, String> levels, Locale locale) {
        if (levels == null || !Languages.isEnglish(locale)) {
            return UnaryOperator.identity();
        }
        return level -> levels.getOrDefault(level, level);
    }
}
