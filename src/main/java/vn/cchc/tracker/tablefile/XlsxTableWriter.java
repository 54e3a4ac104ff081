package vn.cchc.tracker.tablefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables as sheets of one .xlsx workbook with POI: a bold header row that stays in view and filters,
 * numbers as numbers, dates as dates, text as text (never a formula), and each column as wide as its longest
 * text (measured in characters, capped, long texts wrapped) — POI's own autosize needs the fonts of a desktop.
 */
public final class XlsxTableWriter {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private XlsxTableWriter() {}

    public static byte[] write(ExportTable table) {
        return write(List.of(table));
    }

    public static byte[] write(List<ExportTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (ExportTable table : tables) {
                writeSheet(workbook, styles, table);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSheet(XSSFWorkbook workbook, Styles styles, ExportTable table) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
        int columns = table.headers().size();
        int[] widths = new int[columns];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(styles.header);
            widths[c] = table.headers().get(c).length();
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                int length = set(cell, value, styles);
                widths[c] = Math.max(widths[c], length);
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (columns > 0 && !table.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns - 1));
        }
    }

    /** Writes a value and returns how many characters wide it shows. */
    private static int set(Cell cell, Object value, Styles styles) {
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            return CellText.decimal(d, null).length();
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            return n.toString().length();
        }
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
            return 10;
        }
        if (value instanceof Instant i) {
            cell.setCellValue(LocalDateTime.ofInstant(i, CellText.ZONE));
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        String text = value.toString();
        cell.setCellValue(text);
        int longestLine = text.lines().mapToInt(String::length).max().orElse(0);
        if (longestLine > MAX_WIDTH || text.contains("\n")) {
            cell.setCellStyle(styles.wrapped);
        }
        return longestLine;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
