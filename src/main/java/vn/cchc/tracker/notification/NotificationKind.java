package vn.cchc.tracker.notification;

/** What a notice is about; the column {@code notification.kind}. The four reminders are ordered by urgency. */
public enum NotificationKind {
    DUE_7_DAYS,
    DUE_3_DAYS,
    DUE_1_DAY,
    OVERDUE,
    RETURNED,
    EXPLANATION_REQUESTED,
    EXPLANATION_ANSWERED;

    public boolean isReminder() {
        return ordinal() <= OVERDUE.ordinal();
    }

    /** Message key of the notice's text; the mail's subject and body add ".subject" and ".body". */
    public String messageKey() {
        return "notification.kind." + name();
    }
}
