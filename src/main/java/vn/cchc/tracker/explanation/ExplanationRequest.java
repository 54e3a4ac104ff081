package vn.cchc.tracker.explanation;

import java.time.Instant;

/** One request as the pages show it: the target (its province, document and indicator), the question and the reply. */
public record ExplanationRequest(
        long id,
        long targetId,
        int year,
        String question,
        String requestedBy,
        Instant requestedAt,
        String reply,
        String repliedBy,
        Instant repliedAt,
        long version,
        String provinceCode,
        String provinceName,
        String documentNumber,
        String indicatorCode,
        String indicatorNameVi,
        String indicatorNameEn,
        ExplanationAge age) {

    public ExplanationState state() {
        return ExplanationState.of(reply);
    }

    public boolean open() {
        return reply == null;
    }

    public String indicatorName(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && indicatorNameEn != null ? indicatorNameEn : indicatorNameVi;
    }
}
