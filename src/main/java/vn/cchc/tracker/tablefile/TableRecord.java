package vn.cchc.tracker.tablefile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data row under a recognised header: its row number, each known column's text (trimmed; "" when blank), and
 * the problems of its cells (formulas, error values).
 */
public record TableRecord(int row, Map<String, String> values, List<TableProblem> problems) {

    public TableRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    /** The trimmed text of a column, "" when blank or absent. */
    public String get(String header) {
        return values.getOrDefault(header, "");
    }

    /** Whether the cell of a column could not be read (formula, error value). */
    public boolean unreadable(String header) {
        if (problems.isEmpty()) {
            return false;
        }
        return problems.stream().anyMatch(p -> header.equals(p.column()));
    }
}
