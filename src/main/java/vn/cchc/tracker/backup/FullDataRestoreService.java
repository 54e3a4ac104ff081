package vn.cchc.tracker.backup;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.backup.CatalogueRows.NewUnit;
import vn.cchc.tracker.backup.DocumentRows.NewDocument;
import vn.cchc.tracker.backup.DocumentRows.NewTarget;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.importing.CheckedRow;
import vn.cchc.tracker.importing.ImportColumn;
import vn.cchc.tracker.importing.ImportProperties;
import vn.cchc.tracker.importing.MeasurementRowValidator;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.indicator.ReformArea;
import vn.cchc.tracker.measurement.MeasurementConflictException;
import vn.cchc.tracker.measurement.YearApprovedException;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.tablefile.FileProblem;
import vn.cchc.tracker.tablefile.Sizes;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableRecord;
import vn.cchc.tracker.tablefile.UploadLimits;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * Restores a {@link FullDataLayout full-data export} into an installation that has no documents, targets or results
 * yet — an administrator's operation. Units in {@code provinces.csv} and indicators in {@code indicators.csv} that
 * the installation lacks are created (a national data set brings its own); those it has are checked, not changed.
 * Documents and targets are checked by their forms' rules and results by the import's, against the installation's
 * units and catalogue plus the backup's own. All or nothing: every part is read and checked first, every problem
 * reported with its part, row and column; only a clean backup is written, in one transaction, and the database's own
 * constraints have the last word. The restore itself is audited as one event with the file's name and what it created.
 */
@Service
public class FullDataRestoreService {

    /** What a restore wrote. */
    public record RestoreResult(
            int provinces, int indicators, int documents, int targets, int measurements, int provisional)
            implements java.io.Serializable {}

    private static final String ANY_DATA = """
            select (select count(*) from document) + (select count(*) from target) + (select count(*) from measurement)
                   + (select count(*) from provisional_measurement)""";

    private final JdbcTemplate jdbc;
    private final ProvinceService provinces;
    private final IndicatorService indicators;
    private final ImportProperties properties;
    private final RestoreWriter writer;
    private final AuditLog audit;

    public FullDataRestoreService(
            JdbcTemplate jdbc,
            ProvinceService provinces,
            IndicatorService indicators,
            ImportProperties properties,
            RestoreWriter writer,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.indicators = indicators;
        this.properties = properties;
        this.writer = writer;
        this.audit = audit;
    }

    /**
     * @param backup the zip from {@link FullDataExportService#exportZip()}
     * @param actor  an admin; recorded as creator of everything restored
     * @throws RestoreException listing every problem; nothing is written then
     */
    @Transactional
    public RestoreResult restore(UploadedFile backup, Actor actor) {
        actor.requireAdmin();
        if (!installationIsEmpty()) {
            throw refused("", TableProblem.ofFile(RestoreProblem.RESTORE_NOT_EMPTY));
        }
        UploadLimits limits = properties.limits();
        if (backup.exceeds(limits.maxUnpackedBytes())) {
            throw refused(
                    backup.name(),
                    TableProblem.ofFile(FileProblem.FILE_TOO_LARGE, Sizes.human(limits.maxUnpackedBytes())));
        }
        List<PartProblem> problems = new ArrayList<>();
        BackupParts parts = BackupParts.unzip(backup, limits, problems);
        List<TableRecord> unitRows = parts.records(FullDataLayout.PROVINCES, FullDataLayout.PROVINCE_COLUMNS, true);
        List<TableRecord> indicatorRows =
                parts.records(FullDataLayout.INDICATORS, FullDataLayout.INDICATOR_COLUMNS, false);
        List<TableRecord> documentRows = parts.records(FullDataLayout.DOCUMENTS, FullDataLayout.DOCUMENT_COLUMNS, true);
        List<TableRecord> targetRows = parts.records(FullDataLayout.TARGETS, FullDataLayout.TARGET_COLUMNS, true);
        List<TableRecord> measurementRows =
                parts.records(FullDataLayout.MEASUREMENTS, ImportColumn.required(), ImportColumn.optional(), false);

        ProvinceUnits installedUnits = provinces.units();
        IndicatorCatalogue installedCatalogue = indicators.snapshot();
        List<NewUnit> newUnits = CatalogueRows.units(unitRows, installedUnits, problems);
        List<IndicatorSpec> newIndicators =
                CatalogueRows.indicators(indicatorRows, installedCatalogue, reformAreas(), problems);
        // what the rest of the backup is checked against: the installation plus what the backup brings
        ProvinceUnits units =
                installedUnits.with(newUnits.stream().map(NewUnit::unit).toList());
        IndicatorCatalogue catalogue = installedCatalogue.with(newIndicators);
        Map<String, NewDocument> documents = DocumentRows.documents(documentRows, units, problems);
        List<NewTarget> targets = DocumentRows.targets(targetRows, documents, catalogue, problems);
        List<CheckedRow> measurements = new MeasurementRowValidator(units, catalogue).check(measurementRows);
        measurements.forEach(
                m -> m.problems().forEach(p -> problems.add(new PartProblem(FullDataLayout.MEASUREMENTS, p))));
        List<ProvisionalRows.Group> provisional = ProvisionalRows.groups(
                parts.records(FullDataLayout.PROVISIONAL, FullDataLayout.PROVISIONAL_COLUMNS, false), problems);
        if (!problems.isEmpty()) {
            throw new RestoreException(problems);
        }

        try {
            writer.units(newUnits);
            writer.indicators(newIndicators);
            writer.documentsAndTargets(documents.values(), targets, !newUnits.isEmpty());
            writer.measurements(measurements, actor, origin(backup.name()));
            // after the results: a provisional value is checked like one, against the units restored above
            writer.provisional(provisional, actor, origin(backup.name()));
        } catch (PersistenceException
                | DataAccessException
                | NotFoundException
                | InvalidInputException
                | YearApprovedException
                | MeasurementConflictException e) {
            throw refused("", TableProblem.ofFile(RestoreProblem.RESTORE_REJECTED, reason(e)));
        }
        RestoreResult result = new RestoreResult(
                newUnits.size(),
                newIndicators.size(),
                documents.size(),
                targets.size(),
                measurements.size(),
                provisional.stream().mapToInt(g -> g.changes().size()).sum());
        audit.record(new AuditEntry(
                actor.username(),
                AuditEntityType.RESTORE,
                null,
                null,
                null,
                null,
                AuditAction.CREATE,
                null,
                facts(backup, result),
                null,
                origin(backup.name())));
        return result;
    }

    /** Whether a restore would be accepted: no documents, targets or results yet. */
    @Transactional(readOnly = true)
    public boolean installationIsEmpty() {
        Long data = jdbc.queryForObject(ANY_DATA, Long.class);
        return data == null || data == 0;
    }

    /** How restored rows came in, on their audit rows: {@code restore: <file name>}. */
    static Origin origin(String fileName) {
        return new Origin("restore: " + (fileName == null || fileName.isBlank() ? "?" : fileName.strip()));
    }

    private Set<String> reformAreas() {
        return indicators.reformAreas().stream().map(ReformArea::getCode).collect(Collectors.toSet());
    }

    private static Map<String, Object> facts(UploadedFile backup, RestoreResult result) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("file", backup.name());
        facts.put("sha256", backup.sha256());
        facts.put("provinces", result.provinces());
        facts.put("indicators", result.indicators());
        facts.put("documents", result.documents());
        facts.put("targets", result.targets());
        facts.put("measurements", result.measurements());
        facts.put("provisional", result.provisional());
        return facts;
    }

    private static RestoreException refused(String part, TableProblem problem) {
        return new RestoreException(List.of(new PartProblem(part, problem)));
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
