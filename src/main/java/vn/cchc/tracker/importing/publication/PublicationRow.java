package vn.cchc.tracker.importing.publication;

import java.util.List;
import java.util.Map;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.tablefile.TableProblem;

/**
 * A data row of a published table as checked: the province as written, the unit it matched (or {@code null}), its
 * values by indicator code in the index's column order (blank cells are no value), as written and as read.
 */
public record PublicationRow(
        int row,
        String writtenName,
        String writtenCode,
        ProvinceUnit unit,
        Map<String, String> written,
        Map<String, ValueRules.Value> values,
        List<TableProblem> problems) {

    public PublicationRow {
        written = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(written));
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
