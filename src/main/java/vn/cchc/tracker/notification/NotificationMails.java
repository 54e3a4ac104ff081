package vn.cchc.tracker.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.tracker.notification.NoticeStore.MailTo;

/**
 * Sends each notice's e-mail at most once, whichever instance tries: the notice is claimed ({@code emailed_at} set)
 * and the mail sent in one transaction, so a second instance's claim waits on the row and then finds it taken; a
 * failed send rolls the claim back and the next run tries again. Without an SMTP host nothing is sent.
 */
@Component
class NotificationMails {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMails.class);
    /** Older notices are not mailed any more (an address given late does not flood its owner). */
    private static final Duration RECENT = Duration.ofDays(7);

    private final NoticeStore store;
    private final NoticeText text;
    private final MailProperties properties;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationMails(
            NoticeStore store,
            NoticeText text,
            MailProperties properties,
            ObjectProvider<JavaMailSender> sender,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.text = text;
        this.properties = properties;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Mails every recent notice not mailed yet; how many were sent. */
    int sendPending() {
        if (!properties.enabled()) {
            return 0;
        }
        return send(store.awaitingMail(clock.instant().minus(RECENT)));
    }

    /** Mails these notices (those not mailed yet); how many were sent. */
    int send(Collection<Long> ids) {
        JavaMailSender mail = sender.getIfAvailable();
        if (!properties.enabled() || mail == null) {
            return 0;
        }
        int sent = 0;
        for (long id : ids) {
            try {
                Boolean done = transactions.execute(status -> sendOne(mail, id));
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (MailException | IllegalStateException e) {
                // the claim rolled back: the next run tries again
                LOG.warn("Notice {} could not be e-mailed: {}", id, e.getMessage());
            }
        }
        return sent;
    }

    private boolean sendOne(JavaMailSender mail, long id) {
        Optional<MailTo> to = store.claimMail(id, clock.instant());
        if (to.isEmpty()) {
            return false;
        }
        Notice notice = store.byId(id).orElseThrow();
        Locale locale = Locale.forLanguageTag(properties.language());
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(to.get().email());
            helper.setSubject(text.subject(notice, locale));
            helper.setText(text.body(notice, to.get().displayName(), properties.baseUrl(), locale));
        } catch (MessagingException e) {
            throw new IllegalStateException("the e-mail of notice " + id + " could not be written", e);
        }
        mail.send(message);
        return true;
    }
}
