package vn.cchc.tracker.notification;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, and once when an instance starts, creates the reminders due today and mails what waits to be
 * mailed. ShedLock keeps the run to one instance at a time; the notices' dedup keys and the e-mail claim keep each
 * reminder and each mail once even if two runs overlapped.
 */
@Component
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final NotificationMails mails;
    private final boolean runAtStart;

    ReminderJob(
            Reminders reminders,
            NotificationMails mails,
            @Value("${cchc.notifications.run-at-start:true}") boolean runAtStart) {
        this.reminders = reminders;
        this.mails = mails;
        this.runAtStart = runAtStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart(ApplicationReadyEvent event) {
        if (runAtStart) {
            // through the proxy, so the lock applies
            event.getApplicationContext().getBean(ReminderJob.class).run();
        }
    }

    /** The run, under the lock: another instance's concurrent call is skipped. */
    @Scheduled(cron = "${cchc.notifications.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "notification-reminders", lockAtLeastFor = "${cchc.notifications.lock-at-least:PT1M}")
    public void run() {
        try {
            List<Long> created = reminders.createDueToday();
            int mailed = mails.sendPending();
            LOG.info("Reminders: {} notices created, {} e-mails sent", created.size(), mailed);
        } catch (RuntimeException e) {
            // the next run tries again; a database outage must not stop the scheduler
            LOG.warn("The reminder run failed: {}", e.toString());
        }
    }
}
