package vn.cchc.tracker.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;
import static vn.cchc.tracker.testing.ShippedData.PCI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** The results grid as the Đắk Nông editor uses it; every request rolled back. */
@ApplicationTest
@Transactional
class ResultsGridPageTest {

    private static final String GRID = "/provinces/67/results/2024";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeasurementWriteService writer;

    @Autowired
    ApprovalService approvals;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @Test
    void theGridShowsEveryIndicatorTheTargetsUseWithLastYearsValueAndTheUnit() throws Exception {
        String html = page(GRID);

        assertThat(html).contains("Kết quả năm 2024 — Đắk Nông", "Năm 2023");
        String sipas = row(html, SIPAS);
        assertThat(sipas).contains("81,21%", "tỷ lệ 0–100%", "name=\"rows[", "Nguồn số liệu");
        assertThat(row(html, PAR_INDEX_RANK)).contains("thứ hạng 1–63");
        assertThat(row(html, PCI_GROUP)).contains("<select", "trung bình", "khá");
        assertThat(row(html, "CCHC_PLAN_COMPLETION_RATE")).contains("value=\"95,6\"");
        int indicatorsInTargets = jdbc.queryForObject("""
                select count(distinct t.indicator_code) from target t join document d on d.id = t.document_id
                join province p on p.id = d.province_id where p.code = '67'""", Integer.class);
        assertThat(countOf(html, "class=\"result-row")).isGreaterThanOrEqualTo(indicatorsInTargets);
    }

    @Test
    void savingTheGridStoresTheValuesAndRedirects() throws Exception {
        MockHttpServletResponse response = mvc.perform(save(GRID, SIPAS, "84,3", "Báo cáo SIPAS 2024", null))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(GRID);
        assertThat(value(SIPAS, 2024)).isEqualByComparingTo("84.3");
    }

    @Test
    void badInputGetsAVietnameseMessageNextToTheFieldAndNothingIsSaved() throws Exception {
        MockHttpServletRequestBuilder request = post(GRID)
                .with(csrf())
                .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                .param("rows[0].indicatorCode", SIPAS)
                .param("rows[0].value", "84,3")
                .param("rows[0].source", "Báo cáo")
                .param("rows[1].indicatorCode", PAR_INDEX_RANK)
                .param("rows[1].value", "70")
                .param("rows[1].source", "Báo cáo")
                .param("rows[2].indicatorCode", "DOSSIER_ON_TIME_RATE")
                .param("rows[2].value", "101")
                .param("rows[2].source", "")
                .param("rows[3].indicatorCode", "PUBLIC_SERVICE_UNITS")
                .param("rows[3].value", "nhiều")
                .param("rows[3].source", "Báo cáo");
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(html).contains("Chưa lưu gì: hãy sửa các ô báo lỗi bên dưới.");
        assertThat(row(html, PAR_INDEX_RANK)).contains("Thứ hạng phải là số nguyên từ 1 đến 63.", "value=\"70\"");
        assertThat(row(html, "DOSSIER_ON_TIME_RATE"))
                .contains("Tỷ lệ phải từ 0 đến 100.", "Hãy ghi nguồn của số liệu.");
        assertThat(row(html, "PUBLIC_SERVICE_UNITS")).contains("Hãy nhập một số");
        assertThat(row(html, SIPAS)).contains("value=\"84,3\"").doesNotContain("invalid-feedback");
        assertThat(count(SIPAS, 2024)).isZero();
    }

    @Test
    void aStaleFormGets409WithTheCurrentValueAndCanBeReappliedDeliberately() throws Exception {
        long seen = version(SIPAS, 2023);
        writer.apply(
                List.of(new MeasurementChange(DAK_NONG, SIPAS, 2023, "82", "Báo cáo của tỉnh", null, seen)),
                Actor.of(TestAccounts.ADMIN, Role.ADMIN, Set.of(), false),
                Origin.WEB,
                null);

        MockHttpServletResponse response = mvc.perform(
                        save("/provinces/67/results/2023", SIPAS, "83", "Báo cáo của tôi", seen))
                .andReturn()
                .getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(html).contains("Một số giá trị vừa được người khác thay đổi", "Lưu lại giá trị của tôi");
        String sipas = row(html, SIPAS);
        assertThat(sipas)
                .contains(
                        "Đang lưu:",
                        ">82<",
                        "do admin lưu lúc",
                        "value=\"83\"",
                        "name=\"rows[0].version\" value=\"" + (seen + 1) + "\"");
        assertThat(value(SIPAS, 2023)).isEqualByComparingTo("82");

        mvc.perform(save("/provinces/67/results/2023", SIPAS, "83", "Báo cáo của tôi", seen + 1))
                .andReturn();

        assertThat(value(SIPAS, 2023)).isEqualByComparingTo("83");
    }

    @Test
    void anApprovedYearIsShownReadOnlyAndASaveChangesNothing() throws Exception {
        approvals.approve(DAK_NONG, 2023, Actor.of(TestAccounts.ADMIN, Role.ADMIN, Set.of(), false));

        String html = page("/provinces/67/results/2023");
        assertThat(html)
                .contains("Đã phê duyệt bởi admin", "chỉ xem được", "<fieldset disabled=\"disabled\"")
                .doesNotContain("Lưu cả bảng");

        MockHttpServletResponse response = mvc.perform(
                        save("/provinces/67/results/2023", SIPAS, "90", "Báo cáo", version(SIPAS, 2023)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(value(SIPAS, 2023)).isEqualByComparingTo("81.21");
    }

    @Test
    void anAdminReopensWithAReasonAndTheMeasurementHistoryShowsItAll() throws Exception {
        writer.apply(
                List.of(new MeasurementChange(DAK_NONG, SIPAS, 2023, "82", "Báo cáo", null, version(SIPAS, 2023))),
                Actor.of(TestAccounts.EDITOR_DAK_NONG, Role.EDITOR, Set.of(DAK_NONG), false),
                Origin.WEB,
                null);
        mvc.perform(post("/provinces/67/results/2023/approve")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andReturn();
        mvc.perform(post("/provinces/67/results/2023/reopen")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN).roles("ADMIN"))
                        .param("reason", "Số liệu SIPAS được đính chính"))
                .andReturn();

        String history = page("/provinces/67/results/2023/history/SIPAS");

        assertThat(history)
                .contains(
                        TestAccounts.EDITOR_DAK_NONG,
                        "81,21", // the audit trail's numbers in the page's language
                        "82",
                        "Phê duyệt",
                        "Mở lại",
                        "Số liệu SIPAS được đính chính");
        assertThat(approvals.approval(DAK_NONG, 2023)).isEmpty();
    }

    @Test
    void anotherProvincesEditorIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(GRID).with(user(TestAccounts.EDITOR_BINH_DINH).roles("EDITOR")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    private MockHttpServletRequestBuilder save(
            String url, String indicator, String value, String source, Long version) {
        MockHttpServletRequestBuilder request = post(url)
                .with(csrf())
                .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                .param("rows[0].indicatorCode", indicator)
                .param("rows[0].value", value)
                .param("rows[0].source", source);
        if (version != null) {
            request.param("rows[0].version", version.toString());
        }
        return request;
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(url).with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The markup of one indicator's row of the grid. */
    private static String row(String html, String indicator) {
        Matcher m = Pattern.compile(
                        "<div class=\"result-row[^\"]*\" data-indicator=\"" + indicator
                                + "\">(.*?)(?=<div class=\"result-row|<div class=\"save-bar|</fieldset>)",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("row of " + indicator).isTrue();
        return m.group(1);
    }

    private static int countOf(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    private int count(String indicator, int year) {
        return jdbc.queryForObject("""
                select count(*) from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", Integer.class, indicator, year);
    }

    private long version(String indicator, int year) {
        return jdbc.queryForObject("""
                select m.version from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", Long.class, indicator, year);
    }

    private BigDecimal value(String indicator, int year) {
        return jdbc.queryForObject("""
                select m.value_number from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", BigDecimal.class, indicator, year);
    }
}
