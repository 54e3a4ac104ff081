package vn.cchc.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.notification.NotificationFixtures.EDITOR_52;
import static vn.cchc.tracker.notification.NotificationFixtures.EDITOR_67_A;
import static vn.cchc.tracker.notification.NotificationFixtures.EDITOR_67_B;
import static vn.cchc.tracker.notification.NotificationFixtures.email;
import static vn.cchc.tracker.notification.NotificationFixtures.received;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.CchcTrackerApplication;
import vn.cchc.tracker.testing.TestClockConfiguration;
import vn.cchc.tracker.testing.TestDatabase;

/**
 * Two application instances on one database and one SMTP server (GreenMail), both running the reminder job at the
 * same moment: each reminder reaches each editor once. Also with the lock bypassed, as if two runs overlapped: the
 * notices' dedup keys and the e-mail claim alone keep it once. Today is 15/6/2024 on both.
 */
class NotificationTwoInstancesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final List<String> EXPECTED = List.of(
            email(EDITOR_52) + " [Theo dõi CCHC] Nhắc hạn: báo cáo 6 tháng đầu năm 2024 của Bình Định còn 7 ngày",
            email(EDITOR_52) + " [Theo dõi CCHC] Quá hạn: báo cáo quý I năm 2024 của Bình Định chưa được gửi",
            email(EDITOR_67_A) + " [Theo dõi CCHC] Nhắc hạn: báo cáo 6 tháng đầu năm 2024 của Đắk Nông còn 7 ngày",
            email(EDITOR_67_A) + " [Theo dõi CCHC] Quá hạn: báo cáo quý I năm 2024 của Đắk Nông chưa được gửi",
            email(EDITOR_67_B) + " [Theo dõi CCHC] Nhắc hạn: báo cáo 6 tháng đầu năm 2024 của Đắk Nông còn 7 ngày",
            email(EDITOR_67_B) + " [Theo dõi CCHC] Quá hạn: báo cáo quý I năm 2024 của Đắk Nông chưa được gửi");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @BeforeEach
    void reset() throws Exception {
        NotificationFixtures.reset(first.getBean(JdbcTemplate.class));
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void bothInstancesRunningTheJobAtOnceMailEachReminderOnce() throws Exception {
        together(() -> first.getBean(ReminderJob.class).run(), () -> second.getBean(ReminderJob.class)
                .run());

        assertThat(received(smtp.getReceivedMessages())).containsExactlyElementsOf(EXPECTED);
        assertThat(first.getBean(JdbcTemplate.class)
                        .queryForObject(
                                "select count(*) from shedlock where name = 'notification-reminders'", Integer.class))
                .as("the lock row")
                .isEqualTo(1);
    }

    @Test
    void overlappingRunsWithoutTheLockStillMailEachReminderOnce() throws Exception {
        together(
                () -> {
                    first.getBean(Reminders.class).createDueToday();
                    first.getBean(NotificationMails.class).sendPending();
                },
                () -> {
                    second.getBean(Reminders.class).createDueToday();
                    second.getBean(NotificationMails.class).sendPending();
                });

        assertThat(received(smtp.getReceivedMessages())).containsExactlyElementsOf(EXPECTED);
    }

    /** Both at the same moment, each on its own thread. */
    private static void together(Runnable one, Runnable other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> {
            await(start);
            one.run();
        });
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> {
            await(start);
            other.run();
        });
        CompletableFuture.allOf(a, b).get(2, TimeUnit.MINUTES);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An instance on the run's throwaway database with the test clock and the SMTP server (see TwoInstancesTest). */
    private static ConfigurableApplicationContext start() {
        TestDatabase db = TestDatabase.get();
        return new SpringApplicationBuilder(CchcTrackerApplication.class, TestClockConfiguration.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(),
                        "--cchc.test.today=" + NotificationFixtures.TODAY,
                        "--cchc.mail.host=127.0.0.1",
                        "--cchc.mail.port=" + smtp.getSmtp().getPort(),
                        "--cchc.notifications.run-at-start=false");
    }
}
