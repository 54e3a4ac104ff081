package vn.cchc.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.cchc.tracker.notification.NotificationFixtures.EDITOR_52;
import static vn.cchc.tracker.notification.NotificationFixtures.EDITOR_67_A;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;
import vn.cchc.tracker.testing.TestClockConfiguration;

/**
 * Without an SMTP host nothing is mailed (a mail server listens on the configured port all the same), while the
 * in-app notices appear: the bell's count on every page, the list newest first, marking one or all read. Today is
 * 15/6/2024.
 */
@ApplicationTest
@Import(TestClockConfiguration.class)
@TestPropertySource(
        properties = {
            "cchc.test.today=" + NotificationFixtures.TODAY,
            "cchc.mail.host=",
            "cchc.notifications.run-at-start=false"
        })
class NotificationPagesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

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
    MockMvc mvc;

    @BeforeEach
    void reset() throws Exception {
        TestAccounts.ensure(jdbc);
        NotificationFixtures.reset(jdbc);
        smtp.purgeEmailFromAllMailboxes();
        reminders.createDueToday();
    }

    @Test
    void nothingIsMailedWhenNoSmtpHostIsSetButTheNoticesAreThere() {
        assertThat(mails.sendPending()).isZero();
        assertThat(mails.send(jdbc.queryForList("select id from notification", Long.class)))
                .isZero();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from notification where emailed_at is not null", Integer.class))
                .isZero();
        assertThat(NotificationFixtures.notices(jdbc, EDITOR_67_A, "OVERDUE")).isEqualTo(1);
        assertThat(NotificationFixtures.notices(jdbc, EDITOR_67_A, "DUE_7_DAYS"))
                .isEqualTo(1);
    }

    @Test
    void theListShowsTheNoticesNewestFirstWithTheirTextAndLink() throws Exception {
        String page = html(as(EDITOR_67_A, get("/account/notifications")));

        assertThat(page).contains("Thông báo: 2 chưa đọc");
        int dueSoon = page.indexOf(
                "Còn 7 ngày đến hạn nộp báo cáo 6 tháng đầu năm 2024 của Đắk Nông (chậm nhất ngày 20/06/2024).");
        int overdue = page.indexOf(
                "Báo cáo quý I năm 2024 của Đắk Nông đã quá hạn nộp (chậm nhất ngày 20/03/2024) mà chưa được gửi.");
        assertThat(dueSoon).as("the newer notice").isPositive().isLessThan(overdue);

        String english = html(as(EDITOR_67_A, get("/account/notifications").param("lang", "en")));
        assertThat(english)
                .contains("The report for the first half of 2024 of Đắk Nông is due in 7 days (by 20/06/2024).");
    }

    @Test
    void openingANoticeMarksItReadAndGoesToWhatItIsAbout() throws Exception {
        long overdue = noticeOf(EDITOR_67_A, "OVERDUE");

        MockHttpServletResponse opened = as(
                        EDITOR_67_A,
                        post("/account/notifications/{id}/read", overdue)
                                .param("open", "true")
                                .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(opened.getRedirectedUrl()).isEqualTo("/provinces/67?year=2024");
        assertThat(html(as(EDITOR_67_A, get("/account/notifications")))).contains("Thông báo: 1 chưa đọc");
    }

    @Test
    void markingAllReadEmptiesTheBellEvenOnAPageTheCacheKept() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(html(as(EDITOR_67_A, get("/provinces/67").session(session)))).contains("Thông báo: 2 chưa đọc");
        assertThat(html(as(EDITOR_67_A, get("/provinces/67").session(session)))).contains("Thông báo: 2 chưa đọc");

        MockHttpServletResponse done = as(
                        EDITOR_67_A,
                        post("/account/notifications/read-all").session(session).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/account/notifications");

        String after = html(as(EDITOR_67_A, get("/provinces/67").session(session)));
        assertThat(after).contains("Thông báo: không có thông báo mới").doesNotContain("bell-count");
    }

    @Test
    void nobodyMarksAnotherAccountsNotice() throws Exception {
        long overdue = noticeOf(EDITOR_67_A, "OVERDUE");

        MockHttpServletResponse refused = as(
                        EDITOR_52,
                        post("/account/notifications/{id}/read", overdue).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class, overdue))
                .isTrue();
        List<Long> own = jdbc.queryForList(
                "select n.id from notification n join account a on a.id = n.account_id where a.username = ?",
                Long.class,
                EDITOR_52);
        assertThat(own).isNotEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions as(
            String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(username).roles("EDITOR")));
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        MockHttpServletResponse response = result.andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long noticeOf(String username, String kind) {
        return jdbc.queryForObject("""
                select n.id from notification n join account a on a.id = n.account_id
                where a.username = ? and n.kind = ?""", Long.class, username, kind);
    }
}
