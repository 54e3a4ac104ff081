package vn.cchc.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.notification.NotificationFixtures.EDITOR_52;
import static vn.cchc.tracker.notification.NotificationFixtures.EDITOR_67_A;
import static vn.cchc.tracker.notification.NotificationFixtures.EDITOR_67_B;
import static vn.cchc.tracker.notification.NotificationFixtures.REVIEWER;
import static vn.cchc.tracker.notification.NotificationFixtures.email;
import static vn.cchc.tracker.notification.NotificationFixtures.notices;
import static vn.cchc.tracker.notification.NotificationFixtures.received;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.tracker.explanation.ExplanationAnswered;
import vn.cchc.tracker.explanation.ExplanationRequested;
import vn.cchc.tracker.reporting.PeriodReturned;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.ShippedData;
import vn.cchc.tracker.testing.TestAccounts;
import vn.cchc.tracker.testing.TestClockConfiguration;

/**
 * Reminders and event notices reach the right people by e-mail, through a real SMTP server (GreenMail), once each;
 * today is 15/6/2024.
 */
@ApplicationTest
@Import(TestClockConfiguration.class)
@TestPropertySource(
        properties = {
            "cchc.test.today=" + NotificationFixtures.TODAY,
            "cchc.mail.host=127.0.0.1",
            "cchc.mail.from=nhac-han@cchc.test",
            "cchc.mail.base-url=https://cchc.example.vn",
            "cchc.notifications.run-at-start=false"
        })
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false); // running before the application context starts: it needs the port

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("cchc.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    NotificationMails mails;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void reset() throws Exception {
        TestAccounts.ensure(jdbc);
        NotificationFixtures.reset(jdbc);
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void theRightRemindersReachTheRightEditorsOnceEach() throws Exception {
        NotificationFixtures.submit(jdbc, "52", 2024, "H1", "SUBMITTED");

        reminders.createDueToday();
        assertThat(mails.sendPending()).isEqualTo(5);

        String overdue67 = "[Theo dõi CCHC] Quá hạn: báo cáo quý I năm 2024 của Đắk Nông chưa được gửi";
        String due67 = "[Theo dõi CCHC] Nhắc hạn: báo cáo 6 tháng đầu năm 2024 của Đắk Nông còn 7 ngày";
        assertThat(received(smtp.getReceivedMessages()))
                .containsExactly(
                        email(EDITOR_52)
                                + " [Theo dõi CCHC] Quá hạn: báo cáo quý I năm 2024 của Bình Định chưa được gửi",
                        email(EDITOR_67_A) + " " + due67,
                        email(EDITOR_67_A) + " " + overdue67,
                        email(EDITOR_67_B) + " " + due67,
                        email(EDITOR_67_B) + " " + overdue67);

        MimeMessage first = smtp.getReceivedMessages()[0];
        assertThat(first.getFrom()[0].toString()).isEqualTo("nhac-han@cchc.test");
        String body = (String) first.getContent();
        assertThat(body).startsWith("Kính gửi Test test.notify.");
        assertThat(body).contains("https://cchc.example.vn/provinces/");
        assertThat(body).contains("https://cchc.example.vn/account/notifications");

        // the next run, the same day: nothing new, nothing mailed again
        assertThat(reminders.createDueToday()).isEmpty();
        assertThat(mails.sendPending()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        // in-app only for an editor without an address; nothing for a disabled editor or a viewer
        assertThat(notices(jdbc, TestAccounts.EDITOR_DAK_NONG, "OVERDUE")).isEqualTo(1);
        assertThat(notices(jdbc, TestAccounts.EDITOR_DAK_NONG, "DUE_7_DAYS")).isEqualTo(1);
        assertThat(notices(jdbc, NotificationFixtures.DISABLED_67, "OVERDUE")).isZero();
        assertThat(notices(jdbc, NotificationFixtures.VIEWER, "OVERDUE")).isZero();
        assertThat(notices(jdbc, EDITOR_52, "DUE_7_DAYS")).as("submitted").isZero();
    }

    @Test
    void aReturnedReportIsMailedToTheProvincesEditorsWithTheComment() throws Exception {
        long submission = NotificationFixtures.submit(jdbc, "67", 2024, "H1", "RETURNED");
        long period = NotificationFixtures.period(jdbc, 2024, "H1");

        transactions.executeWithoutResult(status ->
                events.publishEvent(new PeriodReturned(submission, period, "67", "Thiếu thuyết minh", REVIEWER)));

        assertThat(received(smtp.getReceivedMessages()))
                .containsExactly(
                        email(EDITOR_67_A) + " [Theo dõi CCHC] Báo cáo 6 tháng đầu năm 2024 của Đắk Nông bị trả lại",
                        email(EDITOR_67_B) + " [Theo dõi CCHC] Báo cáo 6 tháng đầu năm 2024 của Đắk Nông bị trả lại");
        assertThat((String) smtp.getReceivedMessages()[0].getContent())
                .contains("Báo cáo 6 tháng đầu năm 2024 của Đắk Nông đã bị trả lại để chỉnh sửa và gửi lại.")
                .contains("Nhận xét của người xem xét: Thiếu thuyết minh chỉ tiêu SIPAS")
                .contains("https://cchc.example.vn/provinces/67?year=2024");
        assertThat(notices(jdbc, TestAccounts.EDITOR_DAK_NONG, "RETURNED")).isEqualTo(1);
    }

    @Test
    void anExplanationRequestIsMailedToTheEditorsAndItsAnswerToTheReviewerWhoAsked() throws Exception {
        long target = ShippedData.sipas2025TargetId(jdbc);
        long request = jdbc.queryForObject("""
                insert into explanation_request (target_id, year, question, requested_by)
                values (?, 2024, 'Vì sao SIPAS giảm?', ?) returning id""", Long.class, target, REVIEWER);

        transactions.executeWithoutResult(
                status -> events.publishEvent(new ExplanationRequested(request, target, "67", 2024, REVIEWER)));

        assertThat(received(smtp.getReceivedMessages()))
                .containsExactly(
                        email(EDITOR_67_A) + " [Theo dõi CCHC] Yêu cầu giải trình chỉ tiêu SIPAS của Đắk Nông",
                        email(EDITOR_67_B) + " [Theo dõi CCHC] Yêu cầu giải trình chỉ tiêu SIPAS của Đắk Nông");
        assertThat((String) smtp.getReceivedMessages()[0].getContent())
                .contains("Có yêu cầu giải trình về chỉ tiêu SIPAS của Đắk Nông (đánh giá năm 2024).")
                .contains("https://cchc.example.vn/targets/" + target + "?year=2024");
        smtp.purgeEmailFromAllMailboxes();

        transactions.executeWithoutResult(
                status -> events.publishEvent(new ExplanationAnswered(request, target, "67", REVIEWER, EDITOR_67_A)));

        assertThat(received(smtp.getReceivedMessages()))
                .containsExactly(email(REVIEWER) + " [Theo dõi CCHC] Đắk Nông đã giải trình chỉ tiêu SIPAS");
        assertThat(notices(jdbc, REVIEWER, "EXPLANATION_ANSWERED")).isEqualTo(1);
        // later tests count the open requests of Đắk Nông
        jdbc.update("delete from explanation_request where id = ?", request);
    }

    @Test
    void anEventWhoseTransactionRolledBackNotifiesNobody() {
        long submission = NotificationFixtures.submit(jdbc, "67", 2024, "H1", "RETURNED");
        long period = NotificationFixtures.period(jdbc, 2024, "H1");

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PeriodReturned(submission, period, "67", "Thiếu thuyết minh", REVIEWER));
            status.setRollbackOnly();
        });

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(notices(jdbc, EDITOR_67_A, "RETURNED")).isZero();
    }

    @Test
    void aNoticeMailedOnceIsNotMailedAgainWhenItsIdIsGivenAgain() {
        reminders.createDueToday();
        List<Long> all = jdbc.queryForList("select id from notification order by id", Long.class);

        int first = mails.send(all);
        int again = mails.send(all);

        assertThat(first).isEqualTo(smtp.getReceivedMessages().length).isPositive();
        assertThat(again).isZero();
    }
}
