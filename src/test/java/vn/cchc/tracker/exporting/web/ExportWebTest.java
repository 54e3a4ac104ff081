package vn.cchc.tracker.exporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_REPORT_2024;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.PAPI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;
import static vn.cchc.tracker.testing.ShippedData.documentId;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.importing.ImportColumn;
import vn.cchc.tracker.tablefile.FileProblem;
import vn.cchc.tracker.tablefile.HeaderMapping;
import vn.cchc.tracker.tablefile.TableFileReader;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableReadResult;
import vn.cchc.tracker.tablefile.UploadLimits;
import vn.cchc.tracker.tablefile.UploadedFile;
import vn.cchc.tracker.testing.ApplicationTest;

/** Downloads over HTTP against the shipped data: scorecard and results tables, templates, the full data zip. */
@ApplicationTest
class ExportWebTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    // --- scorecard --------------------------------------------------------------------------------------------

    @Test
    void scorecardCsvListsEveryTargetOfTheYearUnderVietnameseHeaders() throws Exception {
        MockHttpServletResponse response = fetch("/provinces/67/scorecard.csv?year=2025");

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("chi-tieu-67-2025.csv");
        assertThat(Arrays.copyOf(response.getContentAsByteArray(), 3)).isEqualTo(BOM);
        List<CSVRecord> records = csv(response);
        assertThat(records.get(0).values())
                .containsExactly(
                        "Văn bản",
                        "Lĩnh vực",
                        "Mã chỉ tiêu",
                        "Chỉ tiêu",
                        "Phạm vi",
                        "Mục tiêu",
                        "Thời hạn",
                        "Kết quả đánh giá",
                        "Năm số liệu",
                        "Tiến độ đến nay (%)",
                        "Tình trạng",
                        "Giải thích");
        assertThat(records).hasSize(1 + 31); // 33 targets, 31 goals (issue 13, rule 8)
        CSVRecord sipas = records.stream()
                .filter(r -> r.get(2).equals(SIPAS) && r.get(6).equals("2025"))
                .findFirst()
                .orElseThrow();
        assertThat(sipas.values())
                .containsExactly(
                        DAK_NONG_RESOLUTION + "; " + DAK_NONG_REPORT_2024, // one goal, both documents
                        "Công tác chỉ đạo, điều hành",
                        SIPAS,
                        "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
                        "",
                        "≥ 90%",
                        "2025",
                        "81,21%",
                        "2023",
                        "11,3",
                        "Không còn theo dõi",
                        "Không còn theo dõi: Đắk Nông đã trở thành một phần của Lâm Đồng (68) từ 01/07/2025; "
                                + "kết quả cuối cùng được đánh giá: 81,21% (năm 2023), mục tiêu ≥ 90% vào năm 2025.");
    }

    @Test
    void scorecardXlsxSpeaksEnglishWithLangEnAndKeepsNumbersNumeric() throws Exception {
        MockHttpServletResponse response = fetch("/provinces/67/scorecard.xlsx?year=2025&lang=en");

        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Document");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Status");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                    .isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(31); // goals, each once (issue 13, rule 8)
            assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            List<String> statuses = new ArrayList<>();
            sheet.forEach(row -> statuses.add(row.getCell(10).getStringCellValue()));
            assertThat(statuses).contains("Met", "No longer followed");
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Đắk Nông ended on 30/06/2025: in 2025 every goal not met is no longer followed (issue 13); of its
                // 31 goals, two rank goals were met
                "status=CLOSED                     | 29",
                "status=closed                     | 29",
                "area=PROCEDURES                   | 4",
                "area=PROCEDURES&status=CLOSED     | 4"
            })
    void scorecardAppliesThePagesFilters(String filters, int rows) throws Exception {
        assertThat(csv(fetch("/provinces/67/scorecard.csv?year=2025&" + filters)))
                .hasSize(1 + rows);
    }

    @Test
    void scorecardFiltersByDocument() throws Exception {
        long id = documentId(jdbc, DAK_NONG_RESOLUTION);
        long other = documentId(jdbc, BINH_DINH_PROGRAMME);

        // 29 targets, 28 goals (SIPAS ≥ 95% by 2030 stated twice); SIPAS ≥ 90% by 2025 is also the report's
        assertThat(csv(fetch("/provinces/67/scorecard.csv?year=2025&document=" + id)))
                .hasSize(1 + 28);
        // another province's document is refused, as the page refuses it (it used to give an empty table)
        assertThat(mvc.perform(get("/provinces/67/scorecard.csv?year=2025&document=" + other))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/provinces/99/scorecard.csv                   | 404",
                "/provinces/67/scorecard.csv?status=DONE       | 400",
                "/provinces/67/scorecard.xlsx?area=NOWHERE     | 400",
                "/provinces/67/scorecard.csv?document=abc      | 400",
                "/provinces/67/scorecard.csv?year=20x5         | 400",
                // one status, an area code as written: as the page reads them (the export used to accept these)
                "/provinces/67/scorecard.csv?status=missed&status=OFF_TRACK     | 400",
                "/provinces/67/scorecard.csv?status=MISSED,OFF_TRACK,NO_DATA    | 400",
                "/provinces/67/scorecard.csv?area=procedures&status=NO_DATA     | 400",
                "/provinces/67/scorecard.csv?sort=worst        | 400",
                "/export/measurements.csv?province=99          | 400",
                "/export/measurements.xlsx?indicator=NO_SUCH   | 400",
                "/export/measurements.csv?year=1800            | 400",
                "/export/measurements.csv?layout=fancy         | 400"
            })
    void badFiltersAnswerAnErrorPageNotAFile(String url, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception", "at org.");
    }

    // --- results ----------------------------------------------------------------------------------------------

    @Test
    void measurementsCsvListsTheStoredResultsWithVietnameseDecimals() throws Exception {
        List<CSVRecord> records = csv(fetch("/export/measurements.csv"));

        assertThat(records.get(0).values())
                .containsExactly(
                        "Mã tỉnh",
                        "Tỉnh, thành phố",
                        "Mã chỉ tiêu",
                        "Chỉ tiêu",
                        "Năm",
                        "Giá trị",
                        "Đơn vị",
                        "Nguồn",
                        "Ghi chú",
                        "Người cập nhật",
                        "Cập nhật lúc");
        // Đắk Nông's six reported results and the 1,362 published index results (V61)
        assertThat(records).hasSize(1 + 6 + 1362);
        assertThat(records.stream()
                        .skip(1)
                        .map(r -> r.get(2) + " " + r.get(4) + " " + r.get(5))
                        .toList())
                .contains(
                        "SIPAS 2022 80,09",
                        "SIPAS 2023 81,21",
                        "PAR_DIRECTION_RANK 2023 12",
                        "PAR_TTHC_RANK 2023 14",
                        "CCHC_PLAN_COMPLETION_RATE 2024 95,6",
                        "DOSSIER_ON_TIME_RATE 2024 97,4");
        assertThat(records.get(1).get(1)).as("by province code").isEqualTo("Hà Nội");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // with the published PCI, PAPI, PAR Index and SIPAS results
                "province=67&year=2023 | 7",
                "indicator=SIPAS | 15",
                "province=45 | 31",
                "year=2024 | 96",
                "province=67&indicator=SIPAS | 2"
            })
    void measurementsExportAppliesItsFilters(String filters, int rows) throws Exception {
        assertThat(csv(fetch("/export/measurements.csv?" + filters))).hasSize(1 + rows);
    }

    @Test
    void measurementsXlsxKeepsValuesNumeric() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(fetch("/export/measurements.xlsx?indicator=SIPAS&province=67&lang=en")
                        .getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Value");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(80.09);
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(81.21);
        }
    }

    @Test
    void measurementsInTheImportLayoutHaveExactlyTheImportColumnsAndPlainDecimals() throws Exception {
        List<CSVRecord> records = csv(fetch("/export/measurements.csv?layout=import&indicator=SIPAS&province=67"));

        assertThat(records.get(0).values()).containsExactlyElementsOf(ImportColumn.headers());
        assertThat(records.get(2).values()).startsWith("67", "SIPAS", "2023", "81.21");
    }

    // --- templates --------------------------------------------------------------------------------------------

    @Test
    void csvTemplateIsTheHeaderRowOnlyInUtf8WithAByteOrderMark() throws Exception {
        MockHttpServletResponse response = fetch("/import/template.csv");

        assertThat(response.getHeader("Content-Disposition")).contains("mau-nhap-ket-qua.csv");
        assertThat(response.getContentAsByteArray())
                .isEqualTo(concat(
                        BOM,
                        "province_code,indicator_code,year,value,source,note,source_url,source_publisher,computed\r\n"
                                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void xlsxTemplateHasAnEmptyResultsSheetInstructionsAndEveryIndicatorCode() throws Exception {
        byte[] xlsx = fetch("/import/template.xlsx").getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Kết quả", "Hướng dẫn", "Chỉ tiêu");
            XSSFSheet results = workbook.getSheetAt(0);
            assertThat(results.getLastRowNum()).isZero();
            List<String> header = new ArrayList<>();
            results.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(ImportColumn.headers());
            assertThat(text(workbook.getSheetAt(1)))
                    .contains("province_code", "Mã tỉnh, thành phố theo Tổng cục Thống kê.", "5 MB", "10.000 dòng");
            List<String> codes = new ArrayList<>();
            workbook.getSheetAt(2).forEach(r -> codes.add(r.getCell(0).getStringCellValue()));
            assertThat(codes.subList(1, codes.size()))
                    .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select code from indicator", String.class));
            assertThat(text(workbook.getSheetAt(2)))
                    .contains("thấp nhất < trung bình thấp < trung bình cao < cao nhất");
        }
        // read back by the importer: a valid header and no rows yet
        TableReadResult read =
                new TableFileReader(UploadLimits.of(5 * 1024 * 1024, 100)).read(UploadedFile.of("mau.xlsx", xlsx));
        assertThat(read.problems()).isEmpty();
        assertThat(HeaderMapping.map(read.lines(), ImportColumn.headers()).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_NO_DATA_ROWS);
    }

    @Test
    void xlsxTemplateSpeaksEnglishWithLangEn() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(fetch("/import/template.xlsx?lang=en").getContentAsByteArray()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Results", "Instructions", "Indicators");
        }
    }

    // --- full data --------------------------------------------------------------------------------------------

    @Test
    void fullDataZipHoldsEveryTableInItsDocumentedLayout() throws Exception {
        // public like the pages; the matrix test covers who may fetch it
        MockHttpServletResponse response =
                mvc.perform(get("/export/all.zip")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);

        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition"))
                .containsPattern("cchc-tracker-du-lieu-\\d{4}-\\d{2}-\\d{2}\\.zip");
        Map<String, byte[]> parts = unzip(response.getContentAsByteArray());
        assertThat(parts)
                .containsOnlyKeys(
                        "README.txt",
                        "provinces.csv",
                        "indicators.csv",
                        "documents.csv",
                        "targets.csv",
                        "measurements.csv",
                        "provisional.csv");
        List<CSVRecord> indicators = csv(parts.get("indicators.csv"));
        assertThat(indicators).hasSize(1 + 42);
        assertThat(indicators.get(0).values())
                .containsExactly(
                        "code",
                        "name_vi",
                        "name_en",
                        "reform_area_code",
                        "unit_kind",
                        "direction",
                        "min_value",
                        "max_value",
                        "levels");
        assertThat(indicators)
                .filteredOn(r -> r.get(0).equals(PAPI_GROUP))
                .singleElement()
                .satisfies(r -> assertThat(r.get(8)).isEqualTo("thấp nhất|trung bình thấp|trung bình cao|cao nhất"));
        assertThat(csv(parts.get("provinces.csv"))).hasSize(1 + 87);
        assertThat(csv(parts.get("documents.csv"))).hasSize(1 + 5); // with Đắk Nông's 2024 report (V70)
        assertThat(csv(parts.get("targets.csv"))).hasSize(1 + 72);
        List<CSVRecord> measurements = csv(parts.get("measurements.csv"));
        assertThat(measurements).hasSize(1 + 6 + 1362);
        assertThat(measurements.get(0).values()).containsExactlyElementsOf(ImportColumn.headers());
        assertThat(csv(parts.get("documents.csv")).get(0).values())
                .startsWith("province_code", "province_valid_from", "number");
        assertThat(new String(parts.get("README.txt"), StandardCharsets.UTF_8))
                .contains("measurements.csv", "province_valid_from");
    }

    // --- links ------------------------------------------------------------------------------------------------

    @Test
    void provincePageLinksItsDownloadsForTheShownYear() throws Exception {
        String html = fetch("/provinces/67?year=2024").getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                .contains(
                        "href=\"/provinces/67/scorecard.csv?year=2024\"",
                        "href=\"/provinces/67/scorecard.xlsx?year=2024\"",
                        "href=\"/provinces/67/report.pdf?year=2024\"",
                        "Báo cáo PDF");
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
        return response;
    }

    private static List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
        return csv(response.getContentAsByteArray());
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
        return CSVFormat.DEFAULT
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> sb.append(cell.toString()).append('\n')));
        return sb.toString();
    }

    @Test
    void fullDataZipDatesEveryFileByTheExportNot1970() throws Exception {
        byte[] zip =
                mvc.perform(get("/export/all.zip")).andReturn().getResponse().getContentAsByteArray();

        List<Instant> times = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                times.add(entry.getLastModifiedTime().toInstant());
            }
        }
        // zip times have a resolution of two seconds and are written in local time
        assertThat(times).hasSize(7).allSatisfy(time -> assertThat(time)
                .isBetween(
                        clock.instant().minus(Duration.ofDays(1)),
                        clock.instant().plus(Duration.ofDays(1))));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
