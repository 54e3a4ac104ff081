package vn.cchc.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.HUE_DECISION;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.dashboard.ScorecardFilter;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.testing.ApplicationTest;

/** The printable province report: a real A4 PDF whose text keeps every Vietnamese diacritic. */
@ApplicationTest
class ProvinceReportPdfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProvinceReportService reports;

    @Autowired
    ProvinceReportPdf pdf;

    @Test
    void servesDakNongsReportAsAnA4PdfWhoseTextHasTheNameWithDiacriticsAndTheSipasExplanation() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/provinces/67/report.pdf").param("year", "2025"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("inline;")
                .contains("bao-cao-67-2025.pdf");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDRectangle a4 = PDRectangle.A4;
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(a4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight())
                    .isCloseTo(a4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            String text = normalizedText(document);
            assertThat(text)
                    .contains(
                            "Tỉnh Đắk Nông",
                            "Năm đánh giá 2025",
                            DAK_NONG_RESOLUTION,
                            "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
                            // the 2025 SIPAS target (≥ 90%) judged on the 2023 value, as the scorecard explains it
                            "kết quả cuối cùng được đánh giá: 81,21% (năm 2023)" /* closed: Đắk Nông ended 30/06/2025 */,
                            "Xây dựng chính quyền điện tử, chính quyền số");
            assertThat(text).doesNotContain("#", "??", "report.", "attainment.");
            assertThat(fontNames(document)).allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                render(document, page, Path.of("target/report-preview/dak-nong-2025-page" + (page + 1) + ".png"));
            }
        }
    }

    @Test
    void listsTheHeadlineIndicesWithTheirLatestValuesAndYears() throws Exception {
        String text = text(reports.report(DAK_NONG, ScorecardFilter.all(), 2025, Languages.VIETNAMESE));

        assertThat(text).contains("Các chỉ số tổng hợp", "81,21%", "2023", "Chưa có số liệu đến năm 2025");
    }

    @Test
    void namesTheUnitThatExistedInTheReportYear() throws Exception {
        assertThat(text(reports.report(HUE, ScorecardFilter.all(), 2019, Languages.VIETNAMESE)))
                .contains("Tỉnh Thừa Thiên Huế", HUE_DECISION);
        assertThat(text(reports.report(HUE, ScorecardFilter.all(), 2025, Languages.VIETNAMESE)))
                .contains("Thành phố Huế");
    }

    @Test
    void speaksEnglishWithLangEn() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/provinces/67/report.pdf").param("year", "2025").param("lang", "en"))
                .andReturn()
                .getResponse();

        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(normalizedText(document))
                    .contains(
                            "Province Đắk Nông",
                            "Evaluation year 2025",
                            "last judged result: 81.21% (2023)",
                            "Headline indices");
        }
    }

    @Test
    void printsWhatTheFilteredPageListsAndSaysHowItIsFiltered() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/provinces/67/report.pdf")
                        .param("year", "2025")
                        .param("area", "DIRECTION")
                        .param("sort", "status"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = normalizedText(document);
            assertThat(text)
                    .contains(
                            "Theo bộ lọc của trang tỉnh — Lĩnh vực: Công tác chỉ đạo, điều hành · "
                                    + "Sắp xếp: Tình trạng (đáng lo trước)",
                            "kết quả cuối cùng được đánh giá: 81,21% (năm 2023)" /* closed: Đắk Nông ended 30/06/2025 */);
            assertThat(text).doesNotContain("Xây dựng chính quyền điện tử, chính quyền số (");
        }
    }

    @Test
    void unknownProvinceIsA404PageAndABadYearA400Page() throws Exception {
        assertThat(mvc.perform(get("/provinces/99/report.pdf"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/provinces/67/report.pdf").param("year", "20x5"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    private String text(ProvinceReport report) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(report, Languages.VIETNAMESE))) {
            return normalizedText(document);
        }
    }

    /** The PDF's text with its line breaks folded into spaces, in composed Unicode form. */
    static String normalizedText(PDDocument document) throws Exception {
        String raw = new PDFTextStripper().getText(document);
        return java.text.Normalizer.normalize(raw.replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC);
    }

    private static Set<String> fontNames(PDDocument document) throws Exception {
        Set<String> names = new HashSet<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
            }
        }
        return names;
    }

    /** Keeps pictures of the pages for people to look at (target/report-preview). */
    private static void render(PDDocument document, int page, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 110, ImageType.RGB);
        ImageIO.write(image, "png", file.toFile());
    }
}
