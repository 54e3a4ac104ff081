package vn.cchc.tracker.target;

import java.math.BigDecimal;

/** A checked target, ready to store. The sentence is kept exactly as typed (only outer blanks trimmed). */
public record TargetParameters(
        String indicatorCode,
        Comparison comparison,
        BigDecimal thresholdValue,
        String thresholdLevel,
        int deadlineYear,
        Integer baselineYear,
        BigDecimal baselineValue,
        String scopeNote,
        String sentence,
        String source,
        int position) {}
