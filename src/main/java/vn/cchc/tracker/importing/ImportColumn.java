package vn.cchc.tracker.importing;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of a yearly-results file, in the order the template lists them. Files may order them freely;
 * headers are matched ignoring case and surrounding blanks. The last three may be left out of a file altogether
 * (files written before they existed have none): the address of the source, its publisher, and whether the value was
 * computed from published figures rather than printed.
 */
public enum ImportColumn {
    PROVINCE_CODE("province_code", false),
    INDICATOR_CODE("indicator_code", false),
    YEAR("year", false),
    VALUE("value", false),
    SOURCE("source", false),
    NOTE("note", false),
    SOURCE_URL("source_url", true),
    SOURCE_PUBLISHER("source_publisher", true),
    COMPUTED("computed", true);

    private final String header;
    private final boolean mayBeLeftOut;

    ImportColumn(String header, boolean mayBeLeftOut) {
        this.header = header;
        this.mayBeLeftOut = mayBeLeftOut;
    }

    /** Whether a file may have no such column. */
    public boolean mayBeLeftOut() {
        return mayBeLeftOut;
    }

    /** The headers a file must have. */
    public static List<String> required() {
        return Arrays.stream(values())
                .filter(c -> !c.mayBeLeftOut)
                .map(ImportColumn::header)
                .toList();
    }

    /** The headers a file may leave out. */
    public static List<String> optional() {
        return Arrays.stream(values())
                .filter(c -> c.mayBeLeftOut)
                .map(ImportColumn::header)
                .toList();
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
