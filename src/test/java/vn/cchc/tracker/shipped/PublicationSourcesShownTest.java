package vn.cchc.tracker.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.BAO_DAK_NONG_2024;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PORTAL_ARTICLE;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_ARTICLE_2022;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_REPORT_2024;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.HUE_DECISION;
import static vn.cchc.tracker.testing.ShippedData.HUE_PLAN_2019;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_SCIENCE_DEPARTMENT_2023;
import static vn.cchc.tracker.testing.ShippedData.documentId;
import static vn.cchc.tracker.testing.ShippedData.targetId;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Everything a person reads that carries a source — every document, target and results page, the edit forms, the
 * read API, the exports, the report and the full backup — names the publication, never the file it was read from.
 */
@ApplicationTest
class PublicationSourcesShownTest {

    /** An internal file name as the shipped data once cited them. */
    private static final Pattern FILE_NAME = Pattern.compile("Seed 0|\\d{3}_[0-9a-f]{16}");

    private static final Map<String, String> PUBLICATIONS = Map.of(
            DAK_NONG_RESOLUTION,
            DAK_NONG_ARTICLE_2022,
            BINH_DINH_PROGRAMME,
            BINH_DINH_PORTAL_ARTICLE,
            QUANG_TRI_RESOLUTION,
            QUANG_TRI_SCIENCE_DEPARTMENT_2023,
            HUE_DECISION,
            HUE_PLAN_2019,
            DAK_NONG_REPORT_2024,
            BAO_DAK_NONG_2024);
    private static final RequestPostProcessor EDITOR =
            user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR");
    private static final RequestPostProcessor ADMIN = user(TestAccounts.ADMIN).roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDocumentPageAndFormNamesItsPublication() throws Exception {
        for (Map.Entry<String, String> document : PUBLICATIONS.entrySet()) {
            long id = documentId(jdbc, document.getKey());

            assertThat(read("/documents/" + id, null)).contains(document.getValue());
            assertThat(read("/documents/" + id + "/edit", ADMIN)).contains(document.getValue());
        }
    }

    @Test
    void theTargetAndResultsPagesNameTheBaoDakNongArticle() throws Exception {
        // V70 (issue 13): the article's 2025 targets belong to the 2024 report, whose source the article is
        long sipas2025FromTheArticle = targetId(jdbc, DAK_NONG_REPORT_2024, 2);

        assertThat(read("/targets/" + sipas2025FromTheArticle + "?year=2024", null))
                .contains(BAO_DAK_NONG_2024);
        assertThat(read("/provinces/67/results/2023", EDITOR)).contains(BAO_DAK_NONG_2024);
    }

    @Test
    void noPageExportOrBackupNamesAFile() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> provinces = jdbc.queryForList(
                "select distinct p.code from document d join province p on p.id = d.province_id", String.class);
        for (String code : provinces) {
            texts.put("/provinces/" + code + "?year=2024", read("/provinces/" + code + "?year=2024", null));
            texts.put("/api/v1/provinces/" + code + "/targets", read("/api/v1/provinces/" + code + "/targets", null));
        }
        for (long document : jdbc.queryForList("select id from document", Long.class)) {
            texts.put("/documents/" + document, read("/documents/" + document, null));
        }
        for (long target : jdbc.queryForList("select id from target", Long.class)) {
            texts.put("/targets/" + target, read("/targets/" + target + "?year=2024", null));
        }
        for (String path : List.of(
                "/",
                "/compare?indicator=SIPAS&year=2024",
                "/export/measurements.csv",
                "/export/measurements.xlsx",
                "/provinces/67/scorecard.csv?year=2024",
                "/provinces/67/scorecard.xlsx?year=2024",
                "/provinces/67/report.pdf?year=2024")) {
            texts.put(path, read(path, null));
        }
        for (String path :
                List.of("/provinces/67/results/2022", "/provinces/67/results/2023", "/provinces/67/results/2024")) {
            texts.put(path, read(path, EDITOR));
        }
        texts.put("/export/all.zip", read("/export/all.zip", ADMIN));
        texts.put("/admin/audit", read("/admin/audit", ADMIN));

        assertThat(texts).hasSizeGreaterThan(90);
        assertThat(texts)
                .allSatisfy((path, text) ->
                        assertThat(FILE_NAME.matcher(text).find()).as(path).isFalse());
        List<String> everything = new ArrayList<>(texts.values());
        assertThat(List.of(
                        "Đắk Nông tăng cường lãnh đạo cải cách hành chính",
                        "binhdinh.gov.vn",
                        "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông",
                        "Cổng thông tin điện tử Sở Khoa học và Công nghệ Quảng Trị",
                        "Kế hoạch cải cách hành chính năm 2019"))
                .as("every publication is shown somewhere")
                .allSatisfy(title -> assertThat(everything)
                        .anySatisfy(text -> assertThat(text).contains(title)));
        assertThat(texts.get("/export/measurements.csv"))
                .contains("Những chuyển biến tích cực trong cải cách hành chính");
        assertThat(texts.get("/export/all.zip")).contains("Báo Đắk Nông", "binhdinh.gov.vn");
    }

    /** The text of a response: a page's unescaped, a CSV as it is, a workbook's or backup's parts, a PDF's. */
    private String read(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        who == null ? get(path) : get(path).with(who))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("status of %s", path).isEqualTo(200);
        byte[] body = response.getContentAsByteArray();
        String type = String.valueOf(response.getContentType());
        if (type.startsWith("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (type.startsWith("application/zip") || type.contains("spreadsheetml")) {
            StringBuilder parts = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    parts.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                            .append('\n');
                }
            }
            return parts.toString();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return type.startsWith("text/html") ? HtmlUtils.htmlUnescape(text) : text;
    }
}
