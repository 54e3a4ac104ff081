package vn.cchc.tracker.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.importing.ImportPlan.Creation;
import vn.cchc.tracker.importing.ImportPlan.Update;
import vn.cchc.tracker.measurement.MeasurementChange;
import vn.cchc.tracker.measurement.MeasurementConflictException;
import vn.cchc.tracker.measurement.MeasurementWriteService;
import vn.cchc.tracker.measurement.YearApprovedException;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * The write side of importing yearly results, for the upload page's confirmation and the import API alike: reads
 * the file again, previews it for the user ({@link ImportPreviewService#preview(UploadedFile, Actor)}), and only
 * if no row has a problem writes the plan through {@link MeasurementWriteService#apply} in ONE transaction — its
 * rules (scope, approval lock, values, versions) hold again there — together with one audit event for the import as
 * a whole (file name, SHA-256, counts); every value written has its own audit row, all with the origin
 * {@code import: <file name>}.
 */
@Service
public class ImportWriteService {

    /** How an import ended. */
    public enum Status {
        /** Written (or nothing to write: every row unchanged). */
        WRITTEN,
        /** A dry run without problems: the counts are what it would write; nothing was written. */
        DRY_RUN,
        /** The file or some rows have problems (including rows the user may not write); nothing was written. */
        REJECTED,
        /** The stored results changed since the preview the user confirmed, or while writing; nothing was written. */
        STALE
    }

    /** The preview the decision was made on, and the counts written (or that would be written). */
    public record Outcome(Status status, ImportPreview preview, ImportCounts counts) {}

    private final ImportPreviewService previews;
    private final MeasurementWriteService writer;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    public ImportWriteService(
            ImportPreviewService previews,
            MeasurementWriteService writer,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.previews = previews;
        this.writer = writer;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param expectedFingerprint the {@link ImportPreview#fingerprint()} of the preview the user confirmed, or
     *                            {@code null} when there was none (the API): a different one now is {@link Status#STALE}
     */
    public Outcome run(UploadedFile file, Actor actor, boolean dryRun, String expectedFingerprint) {
        ImportPreview preview = previews.preview(file, actor);
        if (preview.hasErrors()) {
            return new Outcome(Status.REJECTED, preview, preview.counts());
        }
        if (expectedFingerprint != null && !expectedFingerprint.equals(preview.fingerprint())) {
            return new Outcome(Status.STALE, preview, preview.counts());
        }
        ImportPlan plan = preview.plan();
        if (dryRun) {
            return new Outcome(Status.DRY_RUN, preview, plan.counts());
        }
        if (plan.isEmpty()) {
            return new Outcome(Status.WRITTEN, preview, plan.counts());
        }
        Origin origin = Origin.importOf(plan.fileName());
        try {
            transaction.executeWithoutResult(status -> {
                writer.apply(changes(plan), actor, origin, null);
                audit.record(summary(plan, actor, origin));
            });
        } catch (MeasurementConflictException
                | OptimisticLockingFailureException
                | YearApprovedException
                | AccessDeniedException e) {
            // someone wrote, approved or changed the user's provinces between the preview and this write
            return new Outcome(Status.STALE, previews.preview(file, actor), preview.counts());
        }
        return new Outcome(Status.WRITTEN, preview, plan.counts());
    }

    /** The plan as the write service takes it: new rows expect nothing stored, changed rows the previewed version. */
    static List<MeasurementChange> changes(ImportPlan plan) {
        List<MeasurementChange> changes =
                new ArrayList<>(plan.creations().size() + plan.updates().size());
        for (Creation c : plan.creations()) {
            changes.add(new MeasurementChange(
                    c.provinceCode(),
                    c.indicatorCode(),
                    c.year(),
                    valueText(c.valueNumber(), c.valueLevel()),
                    c.source(),
                    c.note(),
                    null,
                    c.provenance()));
        }
        for (Update u : plan.updates()) {
            changes.add(new MeasurementChange(
                    u.provinceCode(),
                    u.indicatorCode(),
                    u.year(),
                    valueText(u.valueNumber(), u.valueLevel()),
                    u.source(),
                    u.note(),
                    u.expectedVersion(),
                    u.provenance()));
        }
        return changes;
    }

    private static String valueText(java.math.BigDecimal number, String level) {
        return number != null ? number.toPlainString() : level;
    }

    private static AuditEntry summary(ImportPlan plan, Actor actor, Origin origin) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("file", plan.fileName());
        facts.put("sha256", plan.fileSha256());
        facts.put("provinces", String.join(", ", plan.provinceCodes()));
        facts.put("created", plan.creations().size());
        facts.put("updated", plan.updates().size());
        facts.put("unchanged", plan.unchanged());
        String province =
                plan.provinceCodes().size() == 1 ? plan.provinceCodes().first() : null;
        return new AuditEntry(
                actor.username(),
                AuditEntityType.IMPORT,
                null,
                province,
                null,
                null,
                AuditAction.CREATE,
                null,
                facts,
                null,
                origin);
    }
}
