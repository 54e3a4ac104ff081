package vn.cchc.tracker.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.measurement.MeasurementKey;
import vn.cchc.tracker.measurement.StoredMeasurements;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.tablefile.HeaderMapping;
import vn.cchc.tracker.tablefile.TableFileReader;
import vn.cchc.tracker.tablefile.TableReadResult;
import vn.cchc.tracker.tablefile.UploadLimits;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * The read side of importing yearly results: reads an uploaded CSV or XLSX file, checks every row against the
 * catalogue and tells what confirming would do — in three SQL statements (the units, the catalogue with its levels, the
 * stored results; four for a user) whatever the file's size, writing nothing.
 * The write step takes {@link ImportPreview#plan()}.
 */
@Service
@Transactional(readOnly = true)
public class ImportPreviewService {

    private final StoredMeasurements stored;
    private final ProvinceService provinces;
    private final IndicatorService indicators;
    private final TableFileReader reader;

    public ImportPreviewService(
            StoredMeasurements stored,
            ProvinceService provinces,
            IndicatorService indicators,
            ImportProperties properties) {
        this.stored = stored;
        this.provinces = provinces;
        this.indicators = indicators;
        this.reader = new TableFileReader(properties.limits());
    }

    public UploadLimits limits() {
        return reader.limits();
    }

    /**
     * Every row of the file as NEW / CHANGED / UNCHANGED / ERROR. A file that cannot be read at all (size, encoding,
     * macros, header …) gives a preview with file problems and no rows.
     */
    public ImportPreview preview(UploadedFile file) {
        return preview(file, null);
    }

    /**
     * As {@link #preview(UploadedFile)}, for a user: rows of provinces the user may not write, and rows of approved
     * years, are errors too (one more statement, for the approvals).
     *
     * @param actor who would import; {@code null} to check the file's contents only
     */
    public ImportPreview preview(UploadedFile file, Actor actor) {
        TableReadResult read = reader.read(file);
        if (read.hasProblems()) {
            return ImportPreviewer.preview(file, read.format(), read.problems(), List.of(), Map.of());
        }
        HeaderMapping.Result table = HeaderMapping.map(read.lines(), ImportColumn.required(), ImportColumn.optional());
        if (!table.problems().isEmpty()) {
            return ImportPreviewer.preview(file, read.format(), table.problems(), List.of(), Map.of());
        }
        List<CheckedRow> rows =
                new MeasurementRowValidator(provinces.units(), indicators.snapshot()).check(table.records());
        if (actor != null) {
            Set<String> codes = rows.stream()
                    .filter(CheckedRow::isValid)
                    .map(r -> r.valid().unit().code())
                    .collect(Collectors.toSet());
            rows = ImportPermissions.apply(rows, actor::canWrite, stored.approvedYears(codes));
        }
        List<MeasurementKey> keys = rows.stream()
                .filter(CheckedRow::isValid)
                .map(r -> r.valid().key())
                .toList();
        return ImportPreviewer.preview(file, read.format(), List.of(), rows, stored.stored(keys));
    }
}
