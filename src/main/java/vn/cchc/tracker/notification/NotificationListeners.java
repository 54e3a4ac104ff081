package vn.cchc.tracker.notification;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cchc.tracker.explanation.ExplanationAnswered;
import vn.cchc.tracker.explanation.ExplanationRequested;
import vn.cchc.tracker.reporting.PeriodReturned;

/**
 * Turns other features' events into notices once their transaction committed (or at once when published outside
 * one), then mails them. A failure here is logged and never undoes or fails the action that caused the event; a
 * mail not sent is sent by the next reminder run.
 */
@Component
class NotificationListeners {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListeners.class);

    private final EventNotices notices;
    private final NotificationMails mails;

    NotificationListeners(EventNotices notices, NotificationMails mails) {
        this.notices = notices;
        this.mails = mails;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PeriodReturned event) {
        handle(event, () -> notices.returned(event));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ExplanationRequested event) {
        handle(event, () -> notices.requested(event));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ExplanationAnswered event) {
        handle(event, () -> notices.answered(event));
    }

    private void handle(Object event, Supplier<List<Long>> create) {
        try {
            mails.send(create.get());
        } catch (RuntimeException e) {
            LOG.warn("Notices for {} could not be created or mailed: {}", event, e.toString());
        }
    }
}
