package vn.cchc.tracker.tablefile;

import java.util.Locale;

/** One table in a chosen format: the one call every export page makes. */
public final class Exports {

    private Exports() {}

    /** The bytes of {@code table} as CSV (decimals in the reader's language) or XLSX. */
    public static byte[] write(ExportTable table, ExportFormat format, Locale locale) {
        return switch (format) {
            case CSV -> CsvTableWriter.write(table, locale);
            case XLSX -> XlsxTableWriter.write(table);
        };
    }
}
