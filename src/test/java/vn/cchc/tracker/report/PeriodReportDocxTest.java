package vn.cchc.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The periodic report read back with POI: the heading block, the title of the period, the headings, a row of each
 * table, the narrative written for the period and the year's results with their sources, in Vietnamese and English.
 * With {@code -Dcchc.docx.out=DIR} the documents are also written there (to look at them in LibreOffice).
 */
@ApplicationTest
@Transactional
class PeriodReportDocxTest {

    private static final String URL = "/provinces/67/reports/2024/Q1.docx";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void narrative() {
        TestAccounts.ensure(jdbc);
        long sipas = jdbc.queryForObject(
                "select t.id from target t join document d on d.id = t.document_id join province p"
                        + " on p.id = d.province_id where p.code = '67' and t.indicator_code = 'SIPAS'"
                        + " order by d.issue_date, t.position limit 1",
                Long.class);
        jdbc.update(
                "insert into target_narrative (period_id, target_id, assessment, causes, next_actions, updated_by)"
                        + " select id, ?, 'Mức hài lòng tăng chậm so với lộ trình.',"
                        + " 'Thủ tục liên thông còn chậm; một số cán bộ chưa tận tình.',"
                        + " 'Rà soát quy trình; khảo sát ý kiến người dân hằng quý.', 'editor.daknong'"
                        + " from reporting_period where year = 2024 and kind = 'Q1'",
                sipas);
    }

    @Test
    void theVietnameseReportHasItsHeadingBlockSectionsTablesAndNarratives() throws Exception {
        XWPFDocument doc = download(URL, TestAccounts.EDITOR_DAK_NONG, "EDITOR");
        String text = text(doc);

        assertThat(text)
                .contains("ỦY BAN NHÂN DÂN")
                .contains("TỈNH ĐẮK NÔNG")
                .contains("Số: ……/BC-UBND")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Đắk Nông, ngày …… tháng …… năm ……")
                .contains("BÁO CÁO")
                .contains("Kết quả thực hiện các chỉ tiêu cải cách hành chính quý I năm 2024")
                .contains("Nguyên nhân: Thủ tục liên thông còn chậm; một số cán bộ chưa tận tình.")
                .contains("Giải pháp, nhiệm vụ thời gian tới: Rà soát quy trình; khảo sát ý kiến người dân hằng quý.");
        assertThat(headings(doc, "Heading1"))
                .containsExactly(
                        "I. TÓM TẮT KẾT QUẢ",
                        "II. KẾT QUẢ THEO LĨNH VỰC CẢI CÁCH HÀNH CHÍNH",
                        "III. CÁC CHỈ TIÊU CHƯA ĐẠT TIẾN ĐỘ, NGUYÊN NHÂN VÀ GIẢI PHÁP",
                        "PHỤ LỤC: KẾT QUẢ CÁC CHỈ SỐ NĂM 2024 VÀ NGUỒN SỐ LIỆU");
        assertThat(headings(doc, "Heading2")).isNotEmpty();

        List<XWPFTable> tables = doc.getTables();
        XWPFTable summary = tables.get(1);
        assertThat(cells(summary.getRow(0))).containsExactly("Tình trạng", "Số chỉ tiêu");
        assertThat(cells(summary.getRow(1))).first().isEqualTo("Đạt");
        XWPFTable firstArea = tables.get(2);
        assertThat(cells(firstArea.getRow(0))).containsExactly("TT", "Chỉ tiêu", "Kết quả", "Tình trạng", "Đánh giá");
        assertThat(cells(firstArea.getRow(1)).get(0)).isEqualTo("1");
        boolean sipasRow = tables.stream()
                .flatMap(t -> t.getRows().stream())
                .map(PeriodReportDocxTest::cells)
                .anyMatch(row -> row.get(row.size() - 1).equals("Mức hài lòng tăng chậm so với lộ trình."));
        assertThat(sipasRow).as("the SIPAS goal's row carries its assessment").isTrue();
        XWPFTable appendix = tables.get(tables.size() - 2); // the signature block closes the document
        assertThat(cells(appendix.getRow(0))).containsExactly("Mã", "Chỉ số", "Giá trị", "Nguồn");
        List<String> sources = jdbc.queryForList(
                "select m.source from measurement m join province p on p.id = m.province_id"
                        + " where p.code = '67' and m.year = 2024",
                String.class);
        assertThat(appendix.getRows()).hasSize(sources.size() + 1);
        assertThat(appendix.getRows().stream().skip(1).map(r -> cells(r).get(3)))
                .containsExactlyInAnyOrderElementsOf(sources);
        assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
        assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
    }

    @Test
    void withLangEnTheReportIsInEnglish() throws Exception {
        XWPFDocument doc = download(URL + "?lang=en", TestAccounts.REVIEWER, "VIEWER");
        String text = text(doc);

        assertThat(text)
                .contains("REPORT")
                .contains("Results of the administrative reform targets in the first quarter of 2024")
                .contains("Causes: Thủ tục liên thông còn chậm"); // the narrative stays as written
        assertThat(headings(doc, "Heading1")).first().isEqualTo("I. SUMMARY");
        assertThat(cells(doc.getTables().get(1).getRow(0))).containsExactly("Status", "Targets");
    }

    @Test
    void theYearsReportIsTitledForTheYear() throws Exception {
        XWPFDocument doc = download("/provinces/67/reports/2024/YEAR.docx", TestAccounts.ADMIN, "ADMIN");

        assertThat(text(doc)).contains("Kết quả thực hiện các chỉ tiêu cải cách hành chính năm 2024");
    }

    @Test
    void anEditorOfAnotherProvinceAViewerAndAnonymousUsersCannotHaveIt() throws Exception {
        assertThat(status(TestAccounts.EDITOR_BINH_DINH, "EDITOR")).isEqualTo(403);
        assertThat(status(TestAccounts.VIEWER, "VIEWER")).isEqualTo(403);
        MockHttpServletResponse anonymous = mvc.perform(get(URL)).andReturn().getResponse();
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void anUnknownPeriodIsNotFound() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/provinces/67/reports/2024/Q5.docx")
                        .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }

    private int status(String username, String role) throws Exception {
        return mvc.perform(get(URL).with(user(username).roles(role)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private XWPFDocument download(String url, String username, String role) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(url).with(user(username).roles(role)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".docx");
        byte[] bytes = response.getContentAsByteArray();
        String out = System.getProperty("cchc.docx.out");
        if (out != null) {
            String name = url.substring(url.lastIndexOf('/') + 1).replace("?lang=", "-");
            Files.write(Files.createDirectories(Path.of(out)).resolve(name.replace(".docx", "") + ".docx"), bytes);
        }
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String text(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        doc.getBodyElements().forEach(element -> {
            if (element instanceof XWPFParagraph p) {
                all.append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable t) {
                all.append(t.getText()).append('\n');
            }
        });
        return all.toString();
    }

    private static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream()
                .filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .collect(Collectors.toList());
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
