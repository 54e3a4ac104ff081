package vn.cchc.tracker.tablefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table ready to write: a sheet name, the header texts (already in the reader's language) and rows of typed
 * cells — {@code String}, {@code BigDecimal} or another {@code Number}, {@code LocalDate}, {@code Instant}, or
 * {@code null} for an empty cell. Writers decide how each type looks (numbers stay numbers in XLSX).
 */
public record ExportTable(String sheetName, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "row of " + row.size() + " cells under " + headers.size() + " headers");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }
}
