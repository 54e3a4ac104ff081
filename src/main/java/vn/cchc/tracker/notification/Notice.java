package vn.cchc.tracker.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One notice as its reader sees it, with what it is about: the province and period (reminders, returned reports)
 * or the explanation request's target and year. Fields that do not apply to its kind are null.
 */
public record Notice(
        long id,
        NotificationKind kind,
        Instant createdAt,
        Instant readAt,
        String provinceCode,
        String provinceName,
        Integer periodYear,
        String periodKind,
        LocalDate dueDate,
        String reviewComment,
        Long targetId,
        Integer explanationYear,
        String indicatorCode) {

    public boolean unread() {
        return readAt == null;
    }

    /** The page the notice is about, relative to the application's root. */
    public String link() {
        if (targetId != null) {
            return "/targets/" + targetId + (explanationYear == null ? "" : "?year=" + explanationYear);
        }
        if (provinceCode != null) {
            return "/provinces/" + provinceCode + (periodYear == null ? "" : "?year=" + periodYear);
        }
        return "/";
    }

    /** The reviewer's comment of a returned report, when there is one. */
    public String comment() {
        return kind == NotificationKind.RETURNED && reviewComment != null && !reviewComment.isBlank()
                ? reviewComment
                : null;
    }
}
