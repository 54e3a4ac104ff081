package vn.cchc.tracker.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.tracker.measurement.MeasurementSnapshot;
import vn.cchc.tracker.tablefile.TableProblem;

/**
 * One data row of a preview.
 *
 * @param written  what the user wrote, by header (for showing error rows as they are)
 * @param incoming the row in stored form; {@code null} for {@link ImportRowStatus#ERROR}
 * @param existing the stored result it would replace; {@code null} for NEW and ERROR
 * @param changed  for CHANGED, the columns that differ ({@code value}, {@code source}, {@code note})
 * @param problems for ERROR, every problem of the row
 */
public record PreviewRow(
        int row,
        ImportRowStatus status,
        Map<String, String> written,
        ValidatedRow incoming,
        MeasurementSnapshot existing,
        Set<ImportColumn> changed,
        List<TableProblem> problems) {

    public PreviewRow {
        written = Map.copyOf(written);
        changed = Set.copyOf(changed);
        problems = List.copyOf(problems);
    }

    public String written(ImportColumn column) {
        return written.getOrDefault(column.header(), "");
    }
}
