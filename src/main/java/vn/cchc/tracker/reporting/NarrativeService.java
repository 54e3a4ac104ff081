package vn.cchc.tracker.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.NotFoundException;

/**
 * Writing a goal's narrative for a period: the province's editors and admins, while the report is with the province
 * (a draft or returned); a stale version is refused. Audited.
 */
@Service
@Transactional(readOnly = true)
public class NarrativeService {

    private final JdbcTemplate jdbc;
    private final PeriodReportService reports;
    private final ProvinceService provinces;
    private final ReportingQuery query;
    private final AuditLog audit;
    private final Clock clock;

    NarrativeService(
            JdbcTemplate jdbc,
            PeriodReportService reports,
            ProvinceService provinces,
            ReportingQuery query,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.provinces = provinces;
        this.query = query;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the form was loaded with: 0 for a narrative not written yet (a written one
     *     starts at 1, so two first saves cannot both succeed)
     * @throws NotFoundException         when the target is no goal of the province's report
     * @throws ReportNotWithProvinceException while the report is submitted or accepted
     * @throws OptimisticLockingFailureException when someone saved the narrative meanwhile
     */
    @Transactional
    public Narrative save(
            String code,
            int year,
            String kind,
            long targetId,
            long expectedVersion,
            NarrativeText text,
            Actor actor,
            Locale locale) {
        provinces.profile(code);
        actor.requireWrite(code);
        PeriodReport report = reports.report(code, year, kind, locale);
        PeriodReport.Row row = report.row(targetId);
        if (row == null) {
            throw new NotFoundException("reporting.narrative.notFound");
        }
        if (!report.submission().state().withProvince()) {
            throw new ReportNotWithProvinceException(report.submission().state());
        }
        long periodId = report.period().id();
        Narrative before = row.narrative();
        Timestamp now = Timestamp.from(clock.instant());
        int written;
        if (before == null) {
            written = expectedVersion != 0
                    ? 0
                    : jdbc.update(
                            """
                            insert into target_narrative (period_id, target_id, assessment, causes, next_actions,
                                                          updated_by, updated_at, version)
                            values (?, ?, ?, ?, ?, ?, ?, 1) on conflict do nothing""",
                            periodId,
                            targetId,
                            text.assessment(),
                            text.causes(),
                            text.nextActions(),
                            actor.username(),
                            now);
        } else {
            written = jdbc.update(
                    """
                    update target_narrative set assessment = ?, causes = ?, next_actions = ?, updated_by = ?,
                           updated_at = ?, version = version + 1
                    where id = ? and version = ?""",
                    text.assessment(),
                    text.causes(),
                    text.nextActions(),
                    actor.username(),
                    now,
                    before.id(),
                    expectedVersion);
        }
        if (written == 0) {
            throw new OptimisticLockingFailureException("narrative of target " + targetId + " changed meanwhile");
        }
        Narrative after =
                query.narratives(periodId, java.util.List.of(targetId)).get(targetId);
        audit.record(new AuditEntry(
                actor.username(),
                AuditEntityType.NARRATIVE,
                after.id(),
                code,
                row.attainment().target().indicatorCode(),
                year,
                before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                before == null ? null : snapshot(before, report),
                snapshot(after, report),
                null,
                Origin.WEB));
        return after;
    }

    private static Map<String, Object> snapshot(Narrative n, PeriodReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", report.period().year() + " " + report.period().kind().name());
        m.put("targetId", n.targetId());
        m.put("assessment", n.assessment());
        m.put("causes", n.causes());
        m.put("nextActions", n.nextActions());
        return m;
    }

    /** Narratives are not changed while the report is with the reviewers or accepted. */
    public static class ReportNotWithProvinceException extends RuntimeException {

        private final SubmissionState state;

        public ReportNotWithProvinceException(SubmissionState state) {
            super("the report is " + state);
            this.state = state;
        }

        public SubmissionState state() {
            return state;
        }
    }
}
