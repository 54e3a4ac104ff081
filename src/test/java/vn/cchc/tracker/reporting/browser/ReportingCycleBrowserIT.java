package vn.cchc.tracker.reporting.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The whole reporting cycle in real Chromium, on Đắk Nông's year report of 2024 (today is 15/6/2024 in tests): its
 * editor is told which narratives are missing, writes them and submits; a reviewer returns the report with a comment;
 * the editor reads it, corrects a narrative and submits again; the reviewer accepts, and the year's results are
 * approved (read-only). Screenshots go to target/screenshots/.
 */
@BrowserTest
class ReportingCycleBrowserIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String PERIOD = "/provinces/67/periods/2024/YEAR";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @AfterEach
    void removeTheReport() {
        jdbc.update("delete from result_approval where province_code = '67' and year = 2024");
        jdbc.update("""
                delete from period_submission where period_id in (select id from reporting_period where year = 2024)
                  and province_id in (select id from province where code = '67')""");
        jdbc.update("""
                delete from target_narrative where period_id in (select id from reporting_period where year = 2024)
                  and target_id in (select t.id from target t join document d on d.id = t.document_id
                                    join province p on p.id = d.province_id where p.code = '67')""");
    }

    @Test
    void anEditorSubmitsAReviewerReturnsItTheEditorCorrectsAndTheAcceptedYearIsLocked(BrowserSession browser) {
        patient(browser.page());
        Page editor = browser.logIn(TestAccounts.EDITOR_DAK_NONG, TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD);

        // the province page's panel leads to the year report
        browser.navigate(editor, "/provinces/67?year=2024");
        Locator panel = editor.locator(".reporting-panel");
        assertThat(panel.locator("h2").textContent()).isEqualTo("Báo cáo kỳ năm 2024");
        assertThat(panel.locator(".reporting-panel-period[data-kind='YEAR']").getAttribute("data-state"))
                .isEqualTo("DRAFT");
        panel.locator(".reporting-panel-period[data-kind='YEAR'] a").click();
        editor.waitForURL(url -> url.endsWith(PERIOD));
        assertThat(editor.locator("#submission-state").innerText()).isEqualTo("Chưa gửi");

        // submitting before the narratives are written: refused, naming each missing one
        Locator required = editor.locator("tr.narrative-row[data-required='true']");
        int requiredCount = required.count();
        assertThat(requiredCount).isPositive();
        submit(editor, "Gửi báo cáo");
        Locator missing = editor.locator("#missing-narratives");
        assertThat(missing.locator("li").count()).isEqualTo(requiredCount);
        assertThat(missing.innerText()).contains("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)");
        assertThat(editor.locator("#submission-state").innerText()).isEqualTo("Chưa gửi");
        browser.screenshot(editor, "period-missing-narratives");

        for (int i = 0; i < requiredCount; i++) {
            Locator row = editor.locator("tr.narrative-row[data-required='true'][data-written='false']")
                    .first();
            row.locator("a.narrative-link").click();
            editor.waitForURL(url -> url.contains("/narratives/"));
            if (i == 0) {
                // nothing written: refused on the field, nothing saved
                editor.locator("form.entry-form button[type=submit]").click();
                assertThat(editor.locator("#assessment-error").innerText()).contains("Cần viết ít nhất một");
                browser.screenshot(editor, "narrative-form-refused");
            }
            editor.getByLabel("Đánh giá").fill("Kết quả năm 2024 chưa đạt mục tiêu đề ra.");
            editor.getByLabel("Nguyên nhân").fill("Khảo sát chưa bao phủ các xã vùng sâu.");
            editor.getByLabel("Giải pháp, nhiệm vụ tiếp theo").fill("Mở rộng khảo sát trong quý I năm 2025.");
            editor.locator("form.entry-form button[type=submit]").click();
            editor.waitForURL(url -> url.endsWith(PERIOD));
            assertThat(editor.locator("[role=status]").first().innerText()).contains("Đã lưu giải trình");
        }
        assertThat(editor.locator("tr.narrative-row[data-required='true'][data-written='true']")
                        .count())
                .isEqualTo(requiredCount);
        submit(editor, "Gửi báo cáo");
        assertThat(editor.locator("[role=status]").first().innerText()).contains("Đã gửi báo cáo kỳ");
        assertThat(editor.locator("#submission-state").innerText()).isEqualTo("Đã gửi, chờ xem xét");
        assertThat(editor.locator("#submitted-by").innerText()).contains("editor.daknong");
        assertThat(editor.locator("a.narrative-link").count())
                .as("narratives are kept once submitted")
                .isZero();
        browser.screenshot(editor, "period-submitted");

        // the reviewer finds it in the list, returns it: first without a comment (refused), then with one
        Page reviewer = logIn(browser, TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        browser.navigate(reviewer, "/reviews");
        Locator waiting = reviewer.locator("tr.waiting-row[data-province='67'][data-kind='YEAR']");
        assertThat(waiting.innerText()).contains("editor.daknong");
        browser.screenshot(reviewer, "reviews");
        waiting.locator("a").click();
        reviewer.waitForURL(url -> url.endsWith(PERIOD));
        submit(reviewer, "Trả lại báo cáo");
        assertThat(reviewer.locator("#comment-error").innerText()).contains("Cần ghi rõ nội dung cần sửa");
        assertThat(reviewer.locator("#submission-state").innerText()).isEqualTo("Đã gửi, chờ xem xét");
        assertThat(axeViolations(reviewer))
                .as("the review forms with a refused comment")
                .isEmpty();
        reviewer.getByLabel("Nhận xét (bắt buộc khi trả lại)").fill("Đề nghị nêu rõ số xã chưa được khảo sát SIPAS.");
        browser.screenshot(reviewer, "period-review");
        submit(reviewer, "Trả lại báo cáo");
        assertThat(reviewer.locator("#submission-state").innerText()).isEqualTo("Bị trả lại");
        assertThat(reviewer.locator("form.review-form").count()).isZero();

        // the editor reads the comment, corrects a narrative and submits again
        browser.navigate(editor, PERIOD);
        assertThat(editor.locator("#submission-state").innerText()).isEqualTo("Bị trả lại");
        assertThat(editor.locator("#review-comment").innerText())
                .contains("Đề nghị nêu rõ số xã chưa được khảo sát SIPAS.");
        assertThat(editor.locator("#reviewed-by").innerText()).contains("test.reviewer");
        browser.screenshot(editor, "period-returned");
        editor.locator("tr.narrative-row[data-required='true'] a.narrative-link")
                .first()
                .click();
        editor.waitForURL(url -> url.contains("/narratives/"));
        editor.getByLabel("Nguyên nhân").fill("Khảo sát chưa bao phủ 12 xã vùng sâu.");
        editor.locator("form.entry-form button[type=submit]").click();
        editor.waitForURL(url -> url.endsWith(PERIOD));
        assertThat(editor.content()).contains("12 xã vùng sâu");
        submit(editor, "Gửi lại báo cáo");
        assertThat(editor.locator("#submission-state").innerText()).isEqualTo("Đã gửi, chờ xem xét");

        // the reviewer accepts: the year's results are approved
        browser.navigate(reviewer, PERIOD);
        submit(reviewer, "Chấp nhận báo cáo");
        assertThat(reviewer.locator("#submission-state").innerText()).isEqualTo("Đã chấp nhận");
        browser.screenshot(reviewer, "period-accepted");

        browser.navigate(editor, "/provinces/67?year=2024");
        assertThat(editor.locator(".reporting-panel-period[data-kind='YEAR']").getAttribute("data-state"))
                .isEqualTo("ACCEPTED");
        browser.navigate(editor, "/provinces/67/results/2024");
        assertThat(editor.locator("[data-approval]").getAttribute("data-approval"))
                .isEqualTo("approved");
        assertThat(editor.locator("[data-approval]").innerText()).contains("test.reviewer");
        assertThat(editor.locator("fieldset[disabled]").count())
                .as("the grid is read-only")
                .isPositive();
        browser.screenshot(editor, "results-locked");
    }

    private static void submit(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        page.waitForLoadState();
    }

    /** A second person in a browser context of their own, logged in through the form. */
    private static Page logIn(BrowserSession browser, String username, String password) {
        Page page = patient(browser.newPage(BrowserSession.DESKTOP_WIDTH, BrowserSession.DESKTOP_HEIGHT, false));
        browser.navigate(page, "/login");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(url -> !url.endsWith("/login"));
        return page;
    }

    /** A machine shared by many builds may take longer than Playwright's 30 s for a first page; waits only. */
    private static Page patient(Page page) {
        page.setDefaultNavigationTimeout(120_000);
        page.setDefaultTimeout(120_000);
        return page;
    }

    private static List<String> axeViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        return results.getViolations().stream()
                .map(r -> r.getId() + " " + r.getNodes())
                .toList();
    }
}
