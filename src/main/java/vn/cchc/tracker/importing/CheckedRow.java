package vn.cchc.tracker.importing;

import java.util.List;
import java.util.Map;
import vn.cchc.tracker.tablefile.TableProblem;

/**
 * A data row after validation: what the user wrote, and either the validated row or its problems.
 *
 * @param written the trimmed text of each column, keyed by header
 * @param valid   the row in stored form, or {@code null} when {@link #problems()} is not empty
 */
public record CheckedRow(int row, Map<String, String> written, ValidatedRow valid, List<TableProblem> problems) {

    public CheckedRow {
        written = Map.copyOf(written);
        problems = List.copyOf(problems);
        if ((valid == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row is either valid or has problems");
        }
    }

    public boolean isValid() {
        return valid != null;
    }
}
