package vn.cchc.tracker.tablefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.testing.UnitTest;

/** The tabular export core: CSV and XLSX from headers and typed rows. */
@UnitTest
class ExportWritersTest {

    private static final ExportTable TABLE = new ExportTable(
            "Kết quả",
            List.of("Tỉnh", "Năm", "Giá trị", "Ghi chú", "Ngày"),
            List.of(
                    Arrays.asList(
                            "Đắk Nông",
                            2023,
                            new BigDecimal("81.2100"),
                            "có dấu phẩy, và \"ngoặc\"",
                            LocalDate.of(2024, 12, 9)),
                    Arrays.asList("Huế", 2025, new BigDecimal("12"), "=1+2", null)));

    @Test
    void csvStartsWithAByteOrderMarkAndQuotesWhatNeedsIt() throws Exception {
        byte[] csv = CsvTableWriter.write(TABLE, Languages.VIETNAMESE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(0).values()).containsExactly("Tỉnh", "Năm", "Giá trị", "Ghi chú", "Ngày");
        assertThat(records.get(1).values())
                .containsExactly("Đắk Nông", "2023", "81,21", "có dấu phẩy, và \"ngoặc\"", "2024-12-09");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void csvWritesDecimalsAsTheReaderDoes() throws Exception {
        assertThat(parse(CsvTableWriter.write(TABLE, Languages.ENGLISH)).get(1).get(2))
                .isEqualTo("81.21");
        assertThat(parse(CsvTableWriter.write(TABLE, null)).get(1).get(2)).isEqualTo("81.21");
        assertThat(parse(CsvTableWriter.write(TABLE, Languages.VIETNAMESE))
                        .get(2)
                        .get(2))
                .isEqualTo("12");
    }

    @Test
    void csvNeutralisesTextASpreadsheetWouldRunAsAFormula() throws Exception {
        assertThat(parse(CsvTableWriter.write(TABLE, null)).get(2).get(3)).isEqualTo("'=1+2");
        assertThat(CellText.unescape("'=1+2")).isEqualTo("=1+2");
        assertThat(CellText.unescape("'-5")).isEqualTo("-5");
        assertThat(CellText.unescape("'quoted'")).isEqualTo("'quoted'");
        assertThat(CellText.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellText.escape("Đắk Nông")).isEqualTo("Đắk Nông");
    }

    @Test
    void csvWritesTimesInVietnamsZone() {
        assertThat(CellText.of(Instant.parse("2024-12-09T17:30:00Z"), Languages.VIETNAMESE))
                .isEqualTo("2024-12-10 00:30");
    }

    @Test
    void xlsxKeepsNumbersAndDatesTypedWithABoldFrozenHeader() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxTableWriter.write(TABLE)))) {
            XSSFSheet sheet = workbook.getSheet("Kết quả");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tỉnh");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(81.21);
            assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 12, 9));
            assertThat(sheet.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("=1+2");
            assertThat(sheet.getRow(2).getCell(4)).isNull();
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(1));
        }
    }

    @Test
    void xlsxWritesSeveralSheetsInOrder() throws Exception {
        ExportTable other = new ExportTable("Hướng dẫn", List.of("Cột"), List.of());
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(XlsxTableWriter.write(List.of(TABLE, other))))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Kết quả");
            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
        }
    }

    @Test
    void buildsATableFromColumnsWithHeadersInTheReadersLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("h.name", Languages.VIETNAMESE, "Tên");
        messages.addMessage("h.name", Languages.ENGLISH, "Name");
        List<ExportColumn<String>> columns =
                List.of(ExportColumn.of("h.name", s -> s), ExportColumn.of("h.length", String::length));

        ExportTable vi = ExportColumn.table("x", columns, List.of("Huế"), messages, Languages.VIETNAMESE);
        ExportTable en = ExportColumn.table("x", columns, List.of("Huế"), messages, Languages.ENGLISH);

        assertThat(vi.headers()).containsExactly("Tên", "h.length");
        assertThat(en.headers()).containsExactly("Name", "h.length");
        assertThat(vi.rows()).containsExactly(List.of("Huế", 3));
    }

    @Test
    void refusesRowsThatDoNotFitTheHeaders() {
        assertThatThrownBy(() -> new ExportTable("x", List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportedCsvReadsBackThroughTheImportReader() {
        TableReadResult read = new TableFileReader(UploadLimits.of(1024 * 1024, 100))
                .read(UploadedFile.of("x.csv", CsvTableWriter.write(TABLE, null)));

        assertThat(read.problems()).isEmpty();
        HeaderMapping.Result mapped = HeaderMapping.map(read.lines(), TABLE.headers());
        assertThat(mapped.records().get(1).get("Ghi chú")).isEqualTo("=1+2");
        assertThat(mapped.records().get(0).get("Ghi chú")).isEqualTo("có dấu phẩy, và \"ngoặc\"");
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }
}
