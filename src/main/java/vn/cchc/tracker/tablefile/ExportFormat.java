package vn.cchc.tracker.tablefile;

import java.util.Locale;

/** The spreadsheet formats every table exports to. */
public enum ExportFormat {
    /** UTF-8 with a byte order mark, so Excel opens Vietnamese correctly; comma-delimited, CRLF. */
    CSV("csv", "text/csv;charset=UTF-8"),
    /** Office Open XML workbook: a bold, frozen header row and columns sized to their content. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** "csv" or "xlsx" (any case) to a format, or {@code null}. */
    public static ExportFormat fromExtension(String extension) {
        for (ExportFormat f : values()) {
            if (f.extension.equals(extension == null ? "" : extension.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
