package vn.cchc.tracker.tablefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first visible sheet of an .xlsx workbook with Apache POI, values only.
 * <ul>
 * <li>A cell holding a formula is not read: its cached result may be stale or missing (files written by programs
 * that never calculate), so it is reported as {@link FileProblem#CELL_FORMULA} and the user pastes values.</li>
 * <li>Macro-enabled workbooks (a {@code vbaProject} part, or the macro-enabled content type) are refused whole.</li>
 * <li>Before POI parses anything the package is unpacked once with a byte budget, so a zip bomb or a huge sheet
 * is refused instead of exhausting memory.</li>
 * <li>Numbers are written as Excel shows them to 15 significant digits (81.21, not 81.20999999999999); a cell
 * formatted as a percentage (0.8121 shown as 81,21%) is read as 81.21; dates as ISO dates.</li>
 * </ul>
 */
final class XlsxTableReader {

    static final String FORMAT = "xlsx";

    private XlsxTableReader() {}

    static TableReadResult read(byte[] bytes, boolean macroExtension, UploadLimits limits) {
        if (macroExtension) {
            return TableReadResult.failed(FORMAT, FileProblem.FILE_MACROS);
        }
        FileProblem packageProblem = inspectPackage(bytes, limits);
        if (packageProblem != null) {
            return TableReadResult.failed(FORMAT, packageProblem, Sizes.human(limits.maxUnpackedBytes()));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = firstVisibleSheet(workbook);
            if (sheet == null) {
                return TableReadResult.failed(FORMAT, FileProblem.FILE_EMPTY);
            }
            List<RawLine> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<RawCell> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cellOf(row.getCell(c)));
                }
                if (!RawLine.isBlank(cells)) {
                    lines.add(new RawLine(row.getRowNum() + 1, cells));
                }
            }
            if (lines.isEmpty()) {
                return TableReadResult.failed(FORMAT, FileProblem.FILE_EMPTY);
            }
            return new TableReadResult(FORMAT, lines, List.of());
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged or foreign package with assorted runtime exceptions
            return TableReadResult.failed(FORMAT, FileProblem.FILE_XLSX_UNREADABLE);
        }
    }

    /**
     * Unpacks the zip once, counting inflated bytes (headers can lie): a macro part, an over-budget package or a
     * zip without a workbook is a problem; {@code null} means POI may open it.
     */
    private static FileProblem inspectPackage(byte[] bytes, UploadLimits limits) {
        long budget = limits.maxUnpackedBytes();
        boolean workbook = false;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    return FileProblem.FILE_MACROS;
                }
                if (name.equals("xl/workbook.xml") || name.equals("xl/workbook2.xml")) {
                    workbook = true;
                }
                boolean contentTypes = name.equals("[content_types].xml");
                StringBuilder types = contentTypes ? new StringBuilder() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    budget -= n;
                    if (budget < 0) {
                        return FileProblem.FILE_UNPACKED_TOO_LARGE;
                    }
                    if (types != null) {
                        types.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
                if (types != null && types.toString().toLowerCase(Locale.ROOT).contains("macroenabled")) {
                    return FileProblem.FILE_MACROS;
                }
            }
        } catch (ZipException e) {
            return FileProblem.FILE_XLSX_UNREADABLE;
        } catch (IOException e) {
            return FileProblem.FILE_XLSX_UNREADABLE;
        }
        return workbook ? null : FileProblem.FILE_UNSUPPORTED;
    }

    private static Sheet firstVisibleSheet(XSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        return null;
    }

    static RawCell cellOf(Cell cell) {
        if (cell == null) {
            return RawCell.of("");
        }
        return switch (cell.getCellType()) {
            case STRING -> RawCell.of(cell.getStringCellValue());
            case NUMERIC -> RawCell.of(numberText(cell));
            case BOOLEAN -> RawCell.of(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case FORMULA -> RawCell.unusable(FileProblem.CELL_FORMULA, null);
            case ERROR -> RawCell.unusable(FileProblem.CELL_ERROR, errorCode(cell.getErrorCellValue()));
            default -> RawCell.of("");
        };
    }

    private static String numberText(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString()
                    : value.toString();
        }
        String text = NumberToTextConverter.toText(cell.getNumericCellValue());
        if (isPercentFormat(cell.getCellStyle().getDataFormatString())) {
            BigDecimal percent = new BigDecimal(text).movePointRight(2).stripTrailingZeros();
            return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString();
        }
        return text;
    }

    /** Whether a number format scales by 100: a % outside quotes and not escaped ({@code 0.00"%"} does not). */
    static boolean isPercentFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\\') {
                i++;
            } else if (!quoted && c == '%') {
                return true;
            }
        }
        return false;
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#?";
        }
    }

    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
