package vn.cchc.tracker.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * Which reminder a province's editors get today about a period: 7, 3 and 1 days before its due date, and from the
 * day after it (overdue), while the province has not submitted it (submitted or accepted). A reminder missed while
 * the application was down is sent late, as the stage the day has reached (the 3-day one on day 2), never an earlier
 * stage after a later one (no 7-day reminder after the 3-day one, even when an admin moved the due date later). The
 * same stage again is not a new reminder: the notice's dedup key keeps it once per editor. Plain Java.
 */
public final class ReminderRule {

    private ReminderRule() {}

    /**
     * @param submitted whether the province's report of the period is submitted or accepted (no row, draft or
     *     returned: not submitted)
     * @param alreadySent the reminder kinds already recorded for this province and period
     */
    public static Optional<NotificationKind> dueToday(
            LocalDate today, LocalDate dueDate, boolean submitted, Collection<NotificationKind> alreadySent) {
        if (submitted) {
            return Optional.empty();
        }
        Optional<NotificationKind> stage = stage(ChronoUnit.DAYS.between(today, dueDate));
        if (stage.isEmpty()) {
            return stage;
        }
        int reached = stage.get().ordinal();
        boolean laterOneSent = alreadySent.stream().anyMatch(k -> k.isReminder() && k.ordinal() > reached);
        return laterOneSent ? Optional.empty() : stage;
    }

    /** The stage a day has reached, by the days left until the due date (negative: past it). */
    static Optional<NotificationKind> stage(long daysLeft) {
        if (daysLeft < 0) {
            return Optional.of(NotificationKind.OVERDUE);
        }
        if (daysLeft <= 1) {
            return Optional.of(NotificationKind.DUE_1_DAY);
        }
        if (daysLeft <= 3) {
            return Optional.of(NotificationKind.DUE_3_DAYS);
        }
        if (daysLeft <= 7) {
            return Optional.of(NotificationKind.DUE_7_DAYS);
        }
        return Optional.empty();
    }

    /** The years whose periods are looked at: the current and the previous one. */
    public static boolean considered(int periodYear, LocalDate today) {
        return periodYear == today.getYear() || periodYear == today.getYear() - 1;
    }

    /** Submitted or accepted: nothing more to remind of. */
    public static boolean isSubmitted(String submissionState) {
        return "SUBMITTED".equals(submissionState) || "ACCEPTED".equals(submissionState);
    }
}
