package vn.cchc.tracker.attainment;

import java.math.BigDecimal;

/**
 * A target, its attainment in the evaluated year, and the parts a reader sees in their language: the threshold
 * in words, the judged value with its unit, progress as a percentage, and the one-sentence explanation.
 */
public record TargetAttainment(TargetRow target, AttainmentResult result, String thresholdText, String judgedText,
                               String progressText, String explanation) {

    public AttainmentStatus status() {
        return result.status();
    }

    /** Progress as a bar width in percent, capped to 0–100; the uncapped value stays in {@link #result()}. */
    public int progressBarPercent() {
        BigDecimal progress = result.progress();
        if (progress == null) {
            return 0;
        }
        int percent = progress.movePointRight(2).intValue();
        return Math.max(0, Math.min(100, percent));
    }
}
