package vn.cchc.tracker.importing;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of a yearly-results file, in the order the template lists them. Files may order them freely;
 * headers are matched ignoring case and surrounding blanks.
 */
public enum ImportColumn {
    PROVINCE_CODE("province_code"),
    INDICATOR_CODE("indicator_code"),
    YEAR("year"),
    VALUE("value"),
    SOURCE("source"),
    NOTE("note");

    private final String header;

    ImportColumn(String header) {
        this.header = header;
    }

    /** The header as it appears in files, e.g. {@code province_code}. */
    public String header() {
        return header;
    }

    /** Every header in template order. */
    public static List<String> headers() {
        return Arrays.stream(values()).map(ImportColumn::header).toList();
    }
}
