package vn.cchc.tracker.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
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
import vn.cchc.tracker.measurement.ApprovalService;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.reporting.SubmissionState.Step;
import vn.cchc.tracker.support.InvalidInputException;

/**
 * The steps of a province's report of a period ({@link SubmissionState}): its editors (and admins) submit it once
 * every goal {@link NarrativeRule} names has a narrative; reviewers return it with a comment ({@link PeriodReturned}
 * is published) or accept it. Accepting the year's report approves the province's results of the year through
 * {@link ApprovalService}, as approving them on the results page does. Every step is audited; a step on a report that
 * changed since the page was loaded is refused.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionService {

    private final JdbcTemplate jdbc;
    private final PeriodReportService reports;
    private final ProvinceService provinces;
    private final ApprovalService approvals;
    private final ReportingQuery query;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmissionService(
            JdbcTemplate jdbc,
            PeriodReportService reports,
            ProvinceService provinces,
            ApprovalService approvals,
            ReportingQuery query,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.provinces = provinces;
        this.approvals = approvals;
        this.query = query;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException naming the goals whose narrative is missing
     * @throws SubmissionState.IllegalStepException when the report is already submitted or accepted
     */
    @Transactional
    public Submission submit(String code, int year, String kind, long expectedVersion, Actor actor, Locale locale) {
        provinces.profile(code);
        actor.requireWrite(code);
        PeriodReport report = reports.report(code, year, kind, locale);
        Submission before = current(report, expectedVersion);
        SubmissionState next = before.state().after(Step.SUBMIT);
        InvalidInputException.throwIfAny(SubmissionState.checkSubmit(report.missing(locale)));
        Timestamp now = Timestamp.from(clock.instant());
        if (before.id() == null) {
            written(jdbc.update("""
                    insert into period_submission (period_id, province_id, state, submitted_by, submitted_at, version)
                    values (?, ?, ?, ?, ?, 1) on conflict do nothing""", report.period().id(), report.unitId(), next.name(), actor.username(), now));
        } else {
            written(jdbc.update("""
                    update period_submission set state = ?, submitted_by = ?, submitted_at = ?, version = version + 1
                    where id = ? and version = ?""", next.name(), actor.username(), now, before.id(), before.version()));
        }
        return recorded(report, before, AuditAction.SUBMIT, null, actor);
    }

    /** Returns a submitted report to the province with a comment saying what to correct (reviewers). */
    @Transactional
    public Submission returnToProvince(
            String code, int year, String kind, long expectedVersion, String comment, Actor actor, Locale locale) {
        provinces.profile(code);
        actor.requireReview();
        PeriodReport report = reports.report(code, year, kind, locale);
        Submission before = current(report, expectedVersion);
        SubmissionState next = before.state().after(Step.RETURN);
        InvalidInputException.throwIfAny(SubmissionState.checkReturnComment(comment));
        String why = comment.strip();
        review(before, next, why, actor);
        Submission after = recorded(report, before, AuditAction.RETURN, why, actor);
        events.publishEvent(new PeriodReturned(after.id(), report.period().id(), code, why, actor.username()));
        return after;
    }

    /** Accepts a submitted report (reviewers); the year's report also approves the year's results. */
    @Transactional
    public Submission accept(String code, int year, String kind, long expectedVersion, Actor actor, Locale locale) {
        provinces.profile(code);
        actor.requireReview();
        PeriodReport report = reports.report(code, year, kind, locale);
        Submission before = current(report, expectedVersion);
        SubmissionState next = before.state().after(Step.ACCEPT);
        review(before, next, null, actor);
        Submission after = recorded(report, before, AuditAction.ACCEPT, null, actor);
        if (report.period().kind() == PeriodKind.YEAR) {
            approvals.approveAccepted(code, year, actor);
        }
        return after;
    }

    private void review(Submission before, SubmissionState next, String comment, Actor actor) {
        written(jdbc.update(
                """
                update period_submission set state = ?, reviewed_by = ?, reviewed_at = ?, review_comment = ?,
                       version = version + 1
                where id = ? and version = ?""",
                next.name(),
                actor.username(),
                Timestamp.from(clock.instant()),
                comment,
                before.id(),
                before.version()));
    }

    private static Submission current(PeriodReport report, long expectedVersion) {
        Submission s = report.submission();
        if (s.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("the report changed meanwhile");
        }
        return s;
    }

    private static void written(int rows) {
        if (rows == 0) {
            throw new OptimisticLockingFailureException("the report changed meanwhile");
        }
    }

    private Submission recorded(
            PeriodReport report, Submission before, AuditAction action, String reason, Actor actor) {
        Submission after = query.submission(report.period().id(), report.unitId());
        audit.record(new AuditEntry(
                actor.username(),
                AuditEntityType.SUBMISSION,
                after.id(),
                report.code(),
                null,
                report.period().year(),
                action,
                before.id() == null ? null : snapshot(before, report),
                snapshot(after, report),
                reason,
                Origin.WEB));
        return after;
    }

    private static Map<String, Object> snapshot(Submission s, PeriodReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", report.period().year() + " " + report.period().kind().name());
        m.put("state", s.state().name());
        if (s.reviewComment() != null) {
            m.put("comment", s.reviewComment());
        }
        return m;
    }
}
