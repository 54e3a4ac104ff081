package vn.cchc.tracker.tablefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an uploaded table, CSV or XLSX, into lines of cell texts. The format is taken from the content, not the
 * name (a CSV renamed .xlsx still reads), except that a macro-enabled name (.xlsm) is refused outright. Checks,
 * in order: size, emptiness, kind of content (legacy .xls, UTF-16, binary files), encoding, and the number of data
 * rows. Plain Java: no Spring, safe to share.
 */
public final class TableFileReader {

    /** Sequences that appear when UTF-8 Vietnamese was read as Windows-1252 and saved again (“Äáº¯k Nông”). */
    private static final Pattern GARBLED = Pattern.compile("áº|á»|Ä‘|Ä\u0090|Æ°|Æ¡|Ã´|Ã¢|Ãª|Ã¡|Ã¬|Ã³|Ãº|Ã½|Ä©|Å©");

    /** The first character of every sequence of {@link #GARBLED}. */
    private static final String GARBLED_FIRST = "áÄÆÃÅ";

    private final UploadLimits limits;

    public TableFileReader(UploadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public UploadLimits limits() {
        return limits;
    }

    public TableReadResult read(UploadedFile file) {
        if (file.exceeds(limits.maxBytes())) {
            return TableReadResult.failed("", FileProblem.FILE_TOO_LARGE, Sizes.human(limits.maxBytes()));
        }
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            return TableReadResult.failed("", FileProblem.FILE_EMPTY);
        }
        String extension = file.extension();
        TableReadResult result;
        if (XlsxTableReader.looksLikeZip(bytes)) {
            result = XlsxTableReader.read(bytes, extension.equals("xlsm"), limits);
        } else if (isOle2(bytes)) {
            result = TableReadResult.failed(
                    "", extension.equals("xlsm") ? FileProblem.FILE_MACROS : FileProblem.FILE_LEGACY_EXCEL);
        } else if (extension.equals("xlsm")) {
            result = TableReadResult.failed("", FileProblem.FILE_MACROS);
        } else if (isUtf16(bytes)) {
            result = TableReadResult.failed(CsvTableReader.FORMAT, FileProblem.FILE_UTF16);
        } else if (isBinary(bytes)) {
            result = TableReadResult.failed("", FileProblem.FILE_UNSUPPORTED);
        } else {
            result = CsvTableReader.read(bytes);
        }
        return result.hasProblems() ? result : checkRows(result);
    }

    private TableReadResult checkRows(TableReadResult result) {
        List<RawLine> lines = result.lines();
        if (lines.size() - 1 > limits.maxRows()) {
            return TableReadResult.failed(result.format(), FileProblem.FILE_TOO_MANY_ROWS, limits.maxRows());
        }
        List<TableProblem> problems = new ArrayList<>();
        for (RawLine line : lines) {
            for (RawCell cell : line.cells()) {
                int at = garbledAt(cell.text());
                if (at >= 0) {
                    problems.add(TableProblem.at(
                            line.row(), null, FileProblem.FILE_GARBLED_TEXT, line.row(), sample(cell.text(), at)));
                    return new TableReadResult(result.format(), List.of(), problems);
                }
            }
        }
        return result;
    }

    /**
     * Where {@link #GARBLED} first matches, or -1. Every sequence of it starts with one of {@link #GARBLED_FIRST}:
     * a text without those (most cells of a national file: codes, years, numbers) is not matched at all, since the
     * regular expression tried at every position of 850,000 cells was a fifth of an import's application time.
     */
    static int garbledAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (GARBLED_FIRST.indexOf(text.charAt(i)) >= 0) {
                Matcher m = GARBLED.matcher(text);
                return m.find(i) ? m.start() : -1;
            }
        }
        return -1;
    }

    private static String sample(String text, int at) {
        int from = Math.max(0, at - 10);
        int to = Math.min(text.length(), at + 20);
        return text.substring(from, to).strip();
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8
                && (b[0] & 0xFF) == 0xD0
                && (b[1] & 0xFF) == 0xCF
                && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2
                && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                        || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
    }

    /** NUL bytes or a well-known binary signature in the first 8 KB: not a text file. */
    private static boolean isBinary(byte[] b) {
        if (startsWith(b, "%PDF")
                || startsWith(b, "\u0089PNG")
                || startsWith(b, "GIF8")
                || (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF)) {
            return true;
        }
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((b[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
