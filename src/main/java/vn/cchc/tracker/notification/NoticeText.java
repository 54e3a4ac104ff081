package vn.cchc.tracker.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.reporting.PeriodKind;

/**
 * The words of a notice, for the list page and its e-mail alike (one text in both): the kind's message with the
 * period ("quý I năm 2024"), province, due date, or the explanation's indicator and year.
 */
@Component("noticeText")
public class NoticeText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence shown in the list and put in the mail. */
    public String text(Notice notice, Locale locale) {
        return messages.getMessage(notice.kind().messageKey(), args(notice, locale), locale);
    }

    /** The e-mail's subject line. */
    String subject(Notice notice, Locale locale) {
        return messages.getMessage(notice.kind().messageKey() + ".subject", args(notice, locale), locale);
    }

    /** The e-mail's body: greeting, the sentence, the reviewer's comment if any, the links. */
    String body(Notice notice, String displayName, String baseUrl, Locale locale) {
        String comment = notice.comment() == null
                ? ""
                : messages.getMessage("notification.mail.comment", new Object[] {notice.comment()}, locale);
        return messages.getMessage(
                "notification.mail.body",
                new Object[] {
                    displayName,
                    text(notice, locale),
                    comment,
                    baseUrl + notice.link(),
                    baseUrl + "/account/notifications"
                },
                locale);
    }

    // strings only: MessageFormat would print a year as "2,024"
    private Object[] args(Notice notice, Locale locale) {
        String period = notice.periodKind() == null
                ? ""
                : messages.getMessage(
                        "notification.period."
                                + PeriodKind.valueOf(notice.periodKind()).name(),
                        new Object[] {String.valueOf(notice.periodYear())},
                        locale);
        return new Object[] {
            period,
            notice.provinceName() == null ? "" : notice.provinceName(),
            notice.dueDate() == null ? "" : DATE.format(notice.dueDate()),
            notice.indicatorCode() == null ? "" : notice.indicatorCode(),
            notice.explanationYear() == null ? "" : String.valueOf(notice.explanationYear())
        };
    }
}
