package vn.cchc.tracker.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.measurement.MeasurementChange;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableRecord;

/**
 * The rows of {@code provisional.csv}, grouped by province, year and period as {@code ProvisionalWriteService} takes
 * them; the values themselves are checked by that writer (the entry page's checks), here only what it cannot read.
 */
final class ProvisionalRows {

    /** One province's values at one period of a year. */
    record Group(String provinceCode, int year, String period, List<MeasurementChange> changes) {}

    private ProvisionalRows() {}

    static List<Group> groups(List<TableRecord> rows, List<PartProblem> problems) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (TableRecord r : rows) {
            String code = required(r, "province_code", problems);
            String indicator = required(r, "indicator_code", problems);
            String period = required(r, "period", problems);
            String yearText = required(r, "year", problems);
            if (code == null || indicator == null || period == null || yearText == null) {
                continue;
            }
            int year;
            try {
                year = Integer.parseInt(yearText.strip());
            } catch (NumberFormatException e) {
                problems.add(new PartProblem(
                        FullDataLayout.PROVISIONAL,
                        TableProblem.at(r.row(), "year", RestoreProblem.FIELD_INVALID, yearText)));
                continue;
            }
            groups.computeIfAbsent(
                            code + "/" + year + "/" + period, k -> new Group(code, year, period, new ArrayList<>()))
                    .changes()
                    .add(new MeasurementChange(
                            code, indicator, year, r.get("value"), r.get("source"), r.get("note"), null));
        }
        return List.copyOf(groups.values());
    }

    private static String required(TableRecord r, String column, List<PartProblem> problems) {
        String value = r.get(column);
        if (value == null || value.isBlank()) {
            problems.add(new PartProblem(
                    FullDataLayout.PROVISIONAL, TableProblem.at(r.row(), column, RestoreProblem.FIELD_REQUIRED)));
            return null;
        }
        return value.strip();
    }
}
