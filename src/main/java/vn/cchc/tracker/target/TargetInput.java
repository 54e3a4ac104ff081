package vn.cchc.tracker.target;

/** A target as a form gives it: every field as typed, checked by {@link TargetRules}. */
public record TargetInput(
        String indicatorCode,
        String comparison,
        String thresholdValue,
        String thresholdLevel,
        String deadlineYear,
        String baselineYear,
        String baselineValue,
        String scopeNote,
        String sentence,
        String source,
        String position) {}
