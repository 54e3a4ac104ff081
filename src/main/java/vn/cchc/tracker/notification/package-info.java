/**
 * Notifications: in-app notices for signed-in users (a bell with the unread count, a list to read them) and their
 * e-mails over SMTP when configured — reminders of a period's due date 7, 3 and 1 days before and when overdue, a
 * returned report, explanation requests and answers — each reminder and each mail once, however many instances run.
 * <p>Entry points: {@code ReminderRule} (which reminder is due, plain Java), {@code ReminderJob} (daily and at start,
 * under a ShedLock lock), {@code EventNotices} (fed by the {@code PeriodReturned}, {@code ExplanationRequested} and
 * {@code ExplanationAnswered} events), {@code NotificationService}; pages {@code /account/notifications} in
 * {@code web}. Settings: {@code cchc.mail.*}, {@code cchc.notifications.*}.
 */
@ApplicationModule(allowedDependencies = {"account", "explanation", "province", "reporting", "support"})
package vn.cchc.tracker.notification;

import org.springframework.modulith.ApplicationModule;
