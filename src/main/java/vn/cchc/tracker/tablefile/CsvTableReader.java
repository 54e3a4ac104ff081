package vn.cchc.tracker.tablefile;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text with commons-csv: UTF-8 with or without a byte order mark, strictly (a byte that is not UTF-8 is
 * reported with its row rather than silently replaced, since a file saved as Windows-1258, Windows-1252 or TCVN3
 * would otherwise store garbled Vietnamese); the delimiter is a comma, a semicolon (Excel in locales with a decimal
 * comma) or a tab, whichever the first line uses most. Row numbers are record numbers, as a spreadsheet shows them.
 */
public final class CsvTableReader {

    static final String FORMAT = "csv";

    private CsvTableReader() {}

    public static TableReadResult read(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return TableReadResult.failed(FORMAT, FileProblem.FILE_NOT_UTF8, lineOf(bytes, start, in.position()));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.isBlank()) {
            return TableReadResult.failed(FORMAT, FileProblem.FILE_EMPTY);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(sniffDelimiter(text))
                .setIgnoreEmptyLines(false) // keeps record numbers equal to the rows a spreadsheet shows
                .get();
        List<RawLine> lines = new ArrayList<>();
        long row = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                row = record.getRecordNumber();
                List<RawCell> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(RawCell.of(value)));
                if (!RawLine.isBlank(cells)) {
                    lines.add(new RawLine((int) row, cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            return TableReadResult.failed(FORMAT, FileProblem.FILE_CSV_MALFORMED, row + 1);
        }
        if (lines.isEmpty()) {
            return TableReadResult.failed(FORMAT, FileProblem.FILE_EMPTY);
        }
        return new TableReadResult(FORMAT, lines, List.of());
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The 1-based line holding byte {@code offset}. */
    private static int lineOf(byte[] bytes, int from, int offset) {
        int line = 1;
        for (int i = from; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The delimiter the first non-blank line uses most, outside quotes; a comma when it uses none. */
    static char sniffDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                        if (!Character.isWhitespace(c) && c != '\uFEFF') {
                            seenContent = true;
                        }
                    }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
