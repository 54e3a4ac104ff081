package vn.cchc.tracker.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.cchc.tracker.tablefile.TableProblem;

/**
 * What the importing user may write, applied to checked rows before they are compared with the stored results:
 * a row of a province the user is not bound to, or of an approved (read-only) year, becomes an error row naming
 * the cell to look at. The write service checks both again; doing it here lets the preview and the API list every
 * such row at once instead of refusing at the first one. Plain Java.
 */
public final class ImportPermissions {

    private ImportPermissions() {}

    /**
     * @param mayWrite       whether the user may write a GSO code's data
     * @param approvedYears  approved province-years as {@code "67/2024"}
     */
    public static List<CheckedRow> apply(List<CheckedRow> rows, Predicate<String> mayWrite, Set<String> approvedYears) {
        List<CheckedRow> checked = new ArrayList<>(rows.size());
        for (CheckedRow row : rows) {
            if (!row.isValid()) {
                checked.add(row);
                continue;
            }
            ValidatedRow v = row.valid();
            String code = v.unit().code();
            if (!mayWrite.test(code)) {
                checked.add(new CheckedRow(
                        row.row(),
                        row.written(),
                        null,
                        List.of(TableProblem.at(
                                row.row(),
                                ImportColumn.PROVINCE_CODE.header(),
                                RowProblem.PROVINCE_NOT_ALLOWED,
                                code))));
            } else if (approvedYears.contains(code + "/" + v.year())) {
                checked.add(new CheckedRow(
                        row.row(),
                        row.written(),
                        null,
                        List.of(TableProblem.at(
                                row.row(), ImportColumn.YEAR.header(), RowProblem.YEAR_APPROVED, code, v.year()))));
            } else {
                checked.add(row);
            }
        }
        return checked;
    }
}
