package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cchc.tracker.measurement.MeasurementKey;
import vn.cchc.tracker.measurement.MeasurementSnapshot;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * Classifies checked rows against the stored results (one per key, as {@code StoredMeasurements} reads them for the
 * writer too): NEW when none exists for the GSO code, indicator and year;
 * UNCHANGED when value, source and note are all equal (numbers compared by value, so 80.1 equals 80.10); CHANGED
 * otherwise; ERROR for rows with problems. Plain Java.
 */
public final class ImportPreviewer {

    private ImportPreviewer() {}

    public static ImportPreview preview(
            UploadedFile file,
            String format,
            List<TableProblem> fileProblems,
            List<CheckedRow> rows,
            Map<MeasurementKey, MeasurementSnapshot> stored) {
        List<PreviewRow> preview = new ArrayList<>(rows.size());
        for (CheckedRow row : rows) {
            if (!row.isValid()) {
                preview.add(new PreviewRow(
                        row.row(), ImportRowStatus.ERROR, row.written(), null, null, Set.of(), row.problems()));
                continue;
            }
            ValidatedRow in = row.valid();
            MeasurementSnapshot existing = stored.get(in.key());
            if (existing == null) {
                preview.add(
                        new PreviewRow(row.row(), ImportRowStatus.NEW, row.written(), in, null, Set.of(), List.of()));
                continue;
            }
            Set<ImportColumn> changed = changes(existing, in);
            preview.add(new PreviewRow(
                    row.row(),
                    changed.isEmpty() ? ImportRowStatus.UNCHANGED : ImportRowStatus.CHANGED,
                    row.written(),
                    in,
                    existing,
                    changed,
                    List.of()));
        }
        return new ImportPreview(file.name(), file.sha256(), format, fileProblems, preview);
    }

    static Set<ImportColumn> changes(MeasurementSnapshot old, ValidatedRow in) {
        Set<ImportColumn> changed = EnumSet.noneOf(ImportColumn.class);
        if (!sameNumber(old.number(), in.valueNumber()) || !Objects.equals(old.level(), in.valueLevel())) {
            changed.add(ImportColumn.VALUE);
        }
        if (!Objects.equals(blankToNull(old.source()), blankToNull(in.source()))) {
            changed.add(ImportColumn.SOURCE);
        }
        if (!Objects.equals(blankToNull(old.note()), blankToNull(in.note()))) {
            changed.add(ImportColumn.NOTE);
        }
        return changed;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
