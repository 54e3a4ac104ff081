package vn.cchc.tracker.tablefile;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.tablefile.CsvReadingTest.texts;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

/** Reading .xlsx uploads with POI: values only, formatting normalised, formulas, errors and macros refused. */
@UnitTest
class XlsxReadingTest {

    private final TableFileReader reader = new TableFileReader(UploadLimits.of(5 * 1024 * 1024, 1000));

    @Test
    void readsTheFirstSheetsTextsWithRowNumbersAsExcelShowsThem() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            XSSFSheet sheet = wb.createSheet("Kết quả");
            sheet.createRow(0).createCell(0).setCellValue("province_code");
            sheet.getRow(0).createCell(1).setCellValue("note");
            sheet.createRow(3).createCell(0).setCellValue("67");
            sheet.getRow(3).createCell(1).setCellValue("Đắk Nông");
            wb.createSheet("Khác").createRow(0).createCell(0).setCellValue("ignored");
        });

        TableReadResult result = read("ket-qua.xlsx", xlsx);

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo("xlsx");
        assertThat(result.lines()).extracting(RawLine::row).containsExactly(1, 4);
        assertThat(texts(result.lines().get(1))).containsExactly("67", "Đắk Nông");
    }

    @Test
    void writesNumbersAsExcelShowsThemNotAsBinaryFractions() {
        List<String> cells = firstDataRow(row -> {
            row.createCell(0).setCellValue(81.21);
            row.createCell(1).setCellValue(2024);
            row.createCell(2).setCellValue(0.1 + 0.2);
            row.createCell(3).setCellValue(67);
        });

        assertThat(cells).containsExactly("81.21", "2024", "0.3", "67");
    }

    @Test
    void readsAPercentFormattedCellAsThePercentageShown() {
        List<String> cells = firstDataRow((row) -> {
            CellStyle percent = row.getSheet().getWorkbook().createCellStyle();
            percent.setDataFormat(
                    row.getSheet().getWorkbook().createDataFormat().getFormat("0.00%"));
            row.createCell(0).setCellValue(0.8121);
            row.getCell(0).setCellStyle(percent);
            CellStyle literal = row.getSheet().getWorkbook().createCellStyle();
            literal.setDataFormat(
                    row.getSheet().getWorkbook().createDataFormat().getFormat("0.00\"%\""));
            row.createCell(1).setCellValue(81.21);
            row.getCell(1).setCellStyle(literal);
        });

        assertThat(cells).containsExactly("81.21", "81.21");
    }

    @Test
    void readsDatesAsIsoDates() {
        List<String> cells = firstDataRow(row -> {
            CellStyle date = row.getSheet().getWorkbook().createCellStyle();
            date.setDataFormat(row.getSheet().getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(0).setCellValue(LocalDate.of(2024, 12, 9));
            row.getCell(0).setCellStyle(date);
        });

        assertThat(cells).containsExactly("2024-12-09");
    }

    @Test
    void readsBooleansAsWords() {
        assertThat(firstDataRow(row -> row.createCell(0).setCellValue(true))).containsExactly("TRUE");
    }

    @Test
    void refusesFormulaCellsEvenWithACachedValue() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            XSSFSheet sheet = wb.createSheet("Kết quả");
            sheet.createRow(0).createCell(0).setCellValue("value");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellFormula("80+1.21");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // a cached result exists, still not trusted
        });

        RawCell cell = read("x.xlsx", xlsx).lines().get(1).cell(0);

        assertThat(cell.problem()).isEqualTo(FileProblem.CELL_FORMULA);
        assertThat(cell.text()).isEmpty();
    }

    @Test
    void reportsExcelErrorValuesWithTheirCode() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            XSSFSheet sheet = wb.createSheet("Kết quả");
            sheet.createRow(0).createCell(0).setCellValue("value");
            sheet.createRow(1).createCell(0).setCellErrorValue(FormulaError.DIV0.getCode());
        });

        RawCell cell = read("x.xlsx", xlsx).lines().get(1).cell(0);

        assertThat(cell.problem()).isEqualTo(FileProblem.CELL_ERROR);
        assertThat(cell.problemArg()).isEqualTo("#DIV/0!");
    }

    @Test
    void skipsAHiddenFirstSheet() {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            wb.createSheet("Ẩn").createRow(0).createCell(0).setCellValue("hidden");
            wb.createSheet("Kết quả").createRow(0).createCell(0).setCellValue("shown");
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
        });

        assertThat(texts(read("x.xlsx", xlsx).lines().get(0))).containsExactly("shown");
    }

    @Test
    void reportsAnEmptyWorkbook() {
        byte[] xlsx = Workbooks.xlsx(
                wb -> wb.createSheet("Kết quả").createRow(2).createCell(1).setCellValue("  "));

        assertThat(read("x.xlsx", xlsx).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_EMPTY);
    }

    @Test
    void refusesAWorkbookWithAVbaProject() {
        byte[] xlsx = Workbooks.withExtraEntry(
                Workbooks.xlsxOfTexts(new String[] {"a"}), "xl/vbaProject.bin", new byte[] {1, 2, 3});

        assertThat(read("ket-qua.xlsx", xlsx).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_MACROS);
    }

    @Test
    void refusesAnXlsmFileEvenWithoutMacros() {
        assertThat(read("ket-qua.xlsm", Workbooks.xlsxOfTexts(new String[] {"a"}))
                        .problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_MACROS);
    }

    @Test
    void refusesAnOldXlsWorkbook() throws Exception {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("a").createRow(0).createCell(0).setCellValue("province_code");
            wb.write(out);
            xls = out.toByteArray();
        }

        assertThat(read("ket-qua.xls", xls).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_LEGACY_EXCEL);
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() {
        byte[] zip = Workbooks.zipOf("word/document.xml", "<w:document/>".getBytes());

        assertThat(read("x.xlsx", zip).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_UNSUPPORTED);
    }

    @Test
    void refusesADamagedWorkbook() {
        byte[] xlsx = Workbooks.xlsxOfTexts(new String[] {"a"}, new String[] {"1"});
        byte[] damaged = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);

        assertThat(read("x.xlsx", damaged).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_XLSX_UNREADABLE);
    }

    @Test
    void refusesAWorkbookThatUnpacksBeyondTheBudget() {
        String[][] rows = new String[2000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {"row " + i, "x".repeat(100)};
        }
        byte[] xlsx = Workbooks.xlsxOfTexts(rows);
        TableFileReader tight = new TableFileReader(new UploadLimits(xlsx.length + 1, xlsx.length * 2L, 10_000));

        assertThat(tight.read(UploadedFile.of("x.xlsx", xlsx)).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_UNPACKED_TOO_LARGE);
    }

    @Test
    void percentFormatDetectionIgnoresQuotedAndEscapedSigns() {
        assertThat(XlsxTableReader.isPercentFormat("0%")).isTrue();
        assertThat(XlsxTableReader.isPercentFormat("0.00%")).isTrue();
        assertThat(XlsxTableReader.isPercentFormat("0.00\"%\"")).isFalse();
        assertThat(XlsxTableReader.isPercentFormat("0.00\\%")).isFalse();
        assertThat(XlsxTableReader.isPercentFormat("General")).isFalse();
        assertThat(XlsxTableReader.isPercentFormat(null)).isFalse();
    }

    private TableReadResult read(String name, byte[] xlsx) {
        return reader.read(UploadedFile.of(name, xlsx));
    }

    private List<String> firstDataRow(java.util.function.Consumer<XSSFRow> fill) {
        byte[] xlsx = Workbooks.xlsx(wb -> {
            XSSFSheet sheet = wb.createSheet("Kết quả");
            sheet.createRow(0).createCell(0).setCellValue("header");
            fill.accept(sheet.createRow(1));
        });
        TableReadResult result = read("x.xlsx", xlsx);
        assertThat(result.problems()).isEmpty();
        return texts(result.lines().get(1));
    }
}
