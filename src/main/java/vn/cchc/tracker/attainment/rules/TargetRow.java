package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.util.Locale;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.target.Comparison;

/**
 * A target flattened with what pages and the API show beside its attainment.
 *
 * @param unitId the administrative unit whose document states it (a code alone never identifies a unit)
 */
public record TargetRow(
        long targetId,
        long documentId,
        String documentNumber,
        String provinceCode,
        String provinceName,
        String indicatorCode,
        String indicatorNameVi,
        String indicatorNameEn,
        String reformAreaCode,
        UnitKind unitKind,
        Comparison comparison,
        BigDecimal thresholdValue,
        String thresholdLevel,
        int deadlineYear,
        Integer baselineYear,
        BigDecimal baselineValue,
        String scopeNote,
        String sentence,
        String source,
        long unitId) {

    /**
     * What makes targets one goal (rule 8): the same unit, indicator, comparison, threshold, baseline and deadline.
     * Several documents (a resolution, then a report restating it) may set one goal.
     */
    public GoalKey goalKey() {
        return new GoalKey(
                unitId == 0 ? provinceCode : Long.toString(unitId),
                indicatorCode,
                comparison,
                thresholdValue == null ? null : thresholdValue.stripTrailingZeros(),
                thresholdLevel,
                deadlineYear,
                baselineYear,
                baselineValue == null ? null : baselineValue.stripTrailingZeros());
    }

    /** See {@link #goalKey()}. */
    public record GoalKey(
            String unit,
            String indicatorCode,
            Comparison comparison,
            BigDecimal thresholdValue,
            String thresholdLevel,
            int deadlineYear,
            Integer baselineYear,
            BigDecimal baselineValue) {}

    public String indicatorName(Locale locale) {
        return Languages.isEnglish(locale) ? indicatorNameEn : indicatorNameVi;
    }

    public AttainmentTarget toAttainmentTarget() {
        return new AttainmentTarget(
                comparison, unitKind, thresholdValue, thresholdLevel, deadlineYear, baselineYear, baselineValue);
    }
}
