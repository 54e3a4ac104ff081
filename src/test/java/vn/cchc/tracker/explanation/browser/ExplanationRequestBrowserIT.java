package vn.cchc.tracker.explanation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;
import vn.cchc.tracker.testing.ShippedData;
import vn.cchc.tracker.testing.TestAccounts;

/** A reviewer asks about a target; the province's editor sees it on the start page and replies; the reviewer reads it. */
@BrowserTest
class ExplanationRequestBrowserIT {

    private static final String QUESTION = "Vì sao SIPAS năm 2024 thấp hơn năm 2023?";
    private static final String REPLY = "Cuộc khảo sát SIPAS năm 2024 lùi sang quý IV; số liệu sẽ bổ sung.";

    @Autowired
    JdbcTemplate jdbc;

    long target;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
        target = ShippedData.sipas2025TargetId(jdbc);
    }

    @AfterEach
    void removeTheRequests() {
        jdbc.update("delete from explanation_request where target_id = ?", target);
    }

    @Test
    void aReviewerAsksTheEditorRepliesFromTheStartPageAndTheReviewerSeesTheAnswer(BrowserSession browser) {
        Page reviewer = logIn(browser, TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        browser.navigate(reviewer, "/targets/" + target + "?year=2024");
        assertThat(reviewer.getByLabel("Yêu cầu tỉnh giải trình chỉ tiêu này (năm 2024)")
                        .isVisible())
                .isTrue();
        reviewer.getByLabel("Yêu cầu tỉnh giải trình chỉ tiêu này (năm 2024)").fill(QUESTION);
        browser.screenshot(reviewer, "explanation-ask");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yêu cầu giải trình"))
                .click();
        reviewer.waitForLoadState();
        assertThat(reviewer.locator("#explanations .notices").innerText()).contains("Đã gửi câu hỏi đến tỉnh.");
        assertThat(reviewer.locator("#explanations .explanation-question").innerText())
                .isEqualTo(QUESTION);

        Page editor = logIn(browser, TestAccounts.EDITOR_DAK_NONG, TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD);
        browser.navigate(editor, "/");
        assertThat(editor.locator("#open-explanations").innerText())
                .contains(QUESTION)
                .contains("hỏi hôm nay");
        browser.screenshot(editor, "explanation-start-page");
        editor.locator("#open-explanations")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Trả lời"))
                .click();
        editor.waitForLoadState();
        editor.getByLabel("Nội dung trả lời").fill(REPLY);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời"))
                .click();
        editor.waitForLoadState();
        assertThat(editor.locator(".notices").innerText()).contains("Đã gửi câu trả lời.");
        browser.navigate(editor, "/");
        assertThat(editor.locator("#open-explanations").count()).isZero();

        browser.navigate(reviewer, "/explanations?state=ANSWERED");
        assertThat(reviewer.locator("tr.explanation-row[data-state='ANSWERED']").innerText())
                .contains(QUESTION)
                .contains(REPLY)
                .contains("trả lời trong ngày");
        browser.screenshot(reviewer, "explanation-list");
        assertThat(browser.takeProblems()).isEmpty();
    }

    /** Each user in a browser context of their own. */
    private static Page logIn(BrowserSession browser, String username, String password) {
        Page page = browser.newPage(BrowserSession.DESKTOP_WIDTH, BrowserSession.DESKTOP_HEIGHT, false);
        browser.navigate(page, "/login");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(url -> !url.endsWith("/login"));
        return page;
    }
}
