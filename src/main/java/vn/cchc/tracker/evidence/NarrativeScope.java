package vn.cchc.tracker.evidence;

/** What an attachment's narrative belongs to: the target, its province and the period. */
public record NarrativeScope(
        long narrativeId,
        long targetId,
        String provinceCode,
        String provinceName,
        String indicatorCode,
        int year,
        String periodKind) {}
