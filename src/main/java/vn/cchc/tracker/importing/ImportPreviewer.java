package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cchc.tracker.tablefile.ImportFile;
import vn.cchc.tracker.tablefile.ImportProblem;
import vn.cchc.tracker.measurement.MeasurementKey;

/**
 * Classifies checked rows against the stored results: NEW when none exists for the GSO code, indicator and year;
 * UNCHANGED when value, source and note are all equal (numbers compared by value, so 80.1 equals 80.10); CHANGED
 * otherwise; ERROR for rows with problems. Plain Java.
 */
public final class ImportPreviewer {

    private ImportPreviewer() {
    }

    public static ImportPreview preview(ImportFile file, String format, List<ImportProblem> fileProblems,
                                        List<CheckedRow> rows, Collection<ExistingMeasurement> stored) {
        Map<MeasurementKey, List<ExistingMeasurement>> byKey = new LinkedHashMap<>();
        stored.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        List<PreviewRow> preview = new ArrayList<>(rows.size());
        for (CheckedRow row : rows) {
            if (!row.isValid()) {
                preview.add(new PreviewRow(row.row(), ImportRowStatus.ERROR, row.written(), null, null, Set.of(), row.problems()));
                continue;
            }
            ValidatedRow in = row.valid();
            ExistingMeasurement existing = match(in, byKey.getOrDefault(in.key(), List.of()));
            if (existing == null) {
                preview.add(new PreviewRow(row.row(), ImportRowStatus.NEW, row.written(), in, null, Set.of(), List.of()));
                continue;
            }
            Set<ImportColumn> changed = changes(existing, in);
            preview.add(new PreviewRow(row.row(), changed.isEmpty() ? ImportRowStatus.UNCHANGED : ImportRowStatus.CHANGED,
                    row.written(), in, existing, changed, List.of()));
        }
        return new ImportPreview(file.name(), file.sha256(), format, fileProblems, preview);
    }

    /** The stored result on the row's own unit, else the one on another unit under the same code. */
    private static ExistingMeasurement match(ValidatedRow in, List<ExistingMeasurement> candidates) {
        return candidates.stream()
                .filter(m -> m.provinceId() == in.unit().id())
                .findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    static Set<ImportColumn> changes(ExistingMeasurement old, ValidatedRow in) {
        Set<ImportColumn> changed = EnumSet.noneOf(ImportColumn.class);
        if (!sameNumber(old.valueNumber(), in.valueNumber()) || !Objects.equals(old.valueLevel(), in.valueLevel())) {
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
