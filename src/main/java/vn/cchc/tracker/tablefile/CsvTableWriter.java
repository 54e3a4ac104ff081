package vn.cchc.tracker.tablefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a table as CSV with commons-csv: UTF-8 with a byte order mark, comma-delimited, CRLF line ends. */
public final class CsvTableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTableWriter() {}

    /**
     * @param locale the reader's language for decimals, or {@code null} for machine-read files
     */
    public static byte[] write(ExportTable table, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(table.headers().stream().map(CellText::escape).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(cell -> cells.add(CellText.of(cell, locale)));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
