package vn.cchc.tracker.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;

/**
 * Browser printing of the dashboards, as Chromium prints them to PDF on A4: tables rather than phone-style cards, no
 * navigation, the first page already carrying content (a card taller than a page used to be pushed whole onto the
 * second), and few pages.
 */
@BrowserTest
class PrintBrowserIT {

    /** The printed pages' text, one string per page; asserts that every page is A4. */
    private static String[] print(BrowserSession browser, String path) throws IOException {
        Page page = browser.open(path);
        BrowserSession.waitForCharts(page);
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String[] pages = new String[document.getNumberOfPages()];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < pages.length; i++) {
                PDRectangle size = document.getPage(i).getMediaBox();
                assertThat(size.getWidth())
                        .as("A4 width in points")
                        .isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
                assertThat(size.getHeight())
                        .as("A4 height in points")
                        .isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages[i] = stripper.getText(document);
            }
            return pages;
        }
    }

    @Test
    void theOverviewPrintsItsTableFromTheFirstPageOnWithoutTheNavigation(BrowserSession browser) throws IOException {
        String[] pages = print(browser, "/?year=2024");

        assertThat(pages.length).isBetween(1, 7);
        assertThat(pages[0]).contains("Tổng quan cải cách hành chính", "Hà Nội").doesNotContain("Đăng nhập");
        assertThat(String.join("\n", pages)).contains("Đắk Nông", "Cà Mau");
    }

    @Test
    void aScorecardPrintsAsATableNotAsPhoneCards(BrowserSession browser) throws IOException {
        String[] pages = print(browser, "/provinces/67?year=2024");

        // since the national context (rank of N, median, best, worst) and the computed ranks and groups came in from
        // main the scorecard is longer: 7 pages as tables
        assertThat(pages.length).isBetween(1, 8);
        String all = String.join("\n", pages);
        assertThat(pages[0]).contains("Đắk Nông", "SIPAS");
        // the tables' column heads are printed as heads (once per table and again on each page it runs onto: at most
        // two a page), not repeated as a label in every stacked card (one per target)
        assertThat(all.split("TIẾN ĐỘ", -1).length - 1)
                .as("column head \"Tiến độ\" printed")
                .isLessThanOrEqualTo(2 * pages.length);
        assertThat(all).contains("20-NQ/TU");
    }

    @Test
    void theComparisonPrintsTheChartTheRankingAndTheTable(BrowserSession browser) throws IOException {
        String[] pages = print(browser, "/compare?indicator=PCI_SCORE&year=2020");

        assertThat(pages.length).isBetween(1, 3);
        String all = String.join("\n", pages);
        assertThat(pages[0])
                .contains("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")
                .doesNotContain("Tìm chỉ tiêu");
        assertThat(all).contains("Xếp hạng năm 2020", "hạng 1/63", "Số liệu theo năm");
    }
}
