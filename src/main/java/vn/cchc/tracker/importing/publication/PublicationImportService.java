package vn.cchc.tracker.importing.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.importing.ImportCounts;
import vn.cchc.tracker.importing.ImportProperties;
import vn.cchc.tracker.importing.ImportRowStatus;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.measurement.ApplyResult;
import vn.cchc.tracker.measurement.MeasurementConflictException;
import vn.cchc.tracker.measurement.MeasurementKey;
import vn.cchc.tracker.measurement.MeasurementWriteService;
import vn.cchc.tracker.measurement.StoredMeasurements;
import vn.cchc.tracker.measurement.YearApprovedException;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.tablefile.TableFileReader;
import vn.cchc.tracker.tablefile.TableReadResult;
import vn.cchc.tracker.tablefile.UploadLimits;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * Importing a published table: the preview (reads the file with the import's readers and limits, checks it with
 * {@link PublicationTable} against the units of the year, the catalogue and the approvals, compares with the stored
 * values; writes nothing) and the confirmed write — only when no row has a problem and the stored values are those
 * previewed — through {@link MeasurementWriteService#apply} in ONE transaction with one audit event for the import
 * (file, SHA-256, index, year, publication, counts); every value written has its own audit row, all with the origin
 * {@code import: <file name>}.
 */
@Service
public class PublicationImportService {

    /** How a confirmation ended. */
    public enum Status {
        /** Written (or nothing to write: every value unchanged). */
        WRITTEN,
        /** The file or some rows have problems; nothing was written. */
        REJECTED,
        /** The stored values changed since the preview confirmed, or while writing; nothing was written. */
        STALE
    }

    /** The preview the decision was made on, and the counts written. */
    public record Outcome(Status status, PublicationPreview preview, ImportCounts counts) {}

    private final StoredMeasurements stored;
    private final ProvinceService provinces;
    private final IndicatorService indicators;
    private final MeasurementWriteService writer;
    private final AuditLog audit;
    private final TableFileReader reader;
    private final TransactionTemplate transaction;

    PublicationImportService(
            StoredMeasurements stored,
            ProvinceService provinces,
            IndicatorService indicators,
            MeasurementWriteService writer,
            AuditLog audit,
            ImportProperties properties,
            PlatformTransactionManager transactions) {
        this.stored = stored;
        this.provinces = provinces;
        this.indicators = indicators;
        this.writer = writer;
        this.audit = audit;
        this.reader = new TableFileReader(properties.limits());
        this.transaction = new TransactionTemplate(transactions);
    }

    public UploadLimits limits() {
        return reader.limits();
    }

    /** Every row with its match and values, or the file's problems; writes nothing. */
    @Transactional(readOnly = true)
    public PublicationPreview preview(UploadedFile file, PublicationRequest request) {
        TableReadResult read = reader.read(file);
        if (read.hasProblems()) {
            return PublicationPreview.of(
                    file.name(),
                    file.sha256(),
                    request,
                    PublicationTable.Checked.ofProblems(read.problems()),
                    Map.of());
        }
        ProvinceUnits units = provinces.units();
        Set<String> codes =
                units.carriersIn(request.year()).stream().map(u -> u.code()).collect(Collectors.toSet());
        PublicationTable.Checked table = new PublicationTable(
                        request, units, indicators.snapshot(), stored.approvedYears(codes))
                .check(read.lines());
        List<MeasurementKey> keys = table.rows().stream()
                .filter(PublicationRow::isValid)
                .flatMap(r -> r.values().keySet().stream().map(code -> PublicationPreview.key(r, code, request)))
                .toList();
        return PublicationPreview.of(file.name(), file.sha256(), request, table, stored.stored(keys));
    }

    /**
     * @param expectedFingerprint the {@link PublicationPreview#fingerprint()} the admin confirmed; another one now is
     *                            {@link Status#STALE}
     */
    public Outcome confirm(UploadedFile file, PublicationRequest request, Actor actor, String expectedFingerprint) {
        actor.requireAdmin();
        PublicationPreview preview = preview(file, request);
        if (preview.hasErrors()) {
            return new Outcome(Status.REJECTED, preview, preview.counts());
        }
        if (!preview.fingerprint().equals(expectedFingerprint)) {
            return new Outcome(Status.STALE, preview, preview.counts());
        }
        ImportCounts counts = preview.counts();
        if (counts.created() + counts.updated() == 0) {
            return new Outcome(Status.WRITTEN, preview, counts);
        }
        Origin origin = Origin.importOf(file.name());
        try {
            ApplyResult result = transaction.execute(status -> {
                ApplyResult applied = writer.apply(preview.changes(), actor, origin, null);
                audit.record(summary(preview, counts, actor, origin));
                return applied;
            });
            return new Outcome(
                    Status.WRITTEN,
                    preview,
                    new ImportCounts(result.created(), result.updated(), counts.unchanged() + result.unchanged(), 0));
        } catch (MeasurementConflictException | OptimisticLockingFailureException | YearApprovedException e) {
            // someone wrote or approved between the preview and this write
            return new Outcome(Status.STALE, preview(file, request), counts);
        }
    }

    private static AuditEntry summary(PublicationPreview preview, ImportCounts counts, Actor actor, Origin origin) {
        PublicationRequest request = preview.request();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("file", preview.fileName());
        facts.put("sha256", preview.fileSha256());
        facts.put("index", request.family().name());
        facts.put("year", request.year());
        facts.put("publisher", request.publisher());
        facts.put("publication", request.publication());
        if (request.url() != null) {
            facts.put("url", request.url());
        }
        facts.put(
                "provinces",
                preview.lines().stream()
                        .filter(l -> l.status() != ImportRowStatus.ERROR)
                        .count());
        facts.put("created", counts.created());
        facts.put("updated", counts.updated());
        facts.put("unchanged", counts.unchanged());
        return new AuditEntry(
                actor.username(),
                AuditEntityType.IMPORT,
                null,
                null,
                null,
                request.year(),
                AuditAction.CREATE,
                null,
                facts,
                null,
                origin);
    }
}
