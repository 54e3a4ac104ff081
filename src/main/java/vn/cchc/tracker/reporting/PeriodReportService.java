package vn.cchc.tracker.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.support.NotFoundException;

/**
 * Reads a province's report of a period (its goals judged by {@link AttainmentService} in the period's year, with
 * their narratives), a province's periods of a year with their states, and the reports waiting for review.
 */
@Service
@Transactional(readOnly = true)
public class PeriodReportService {

    private final PeriodService periods;
    private final ProvinceService provinces;
    private final AttainmentService attainment;
    private final ReportingQuery query;

    PeriodReportService(
            PeriodService periods, ProvinceService provinces, AttainmentService attainment, ReportingQuery query) {
        this.periods = periods;
        this.provinces = provinces;
        this.attainment = attainment;
        this.query = query;
    }

    /**
     * @throws NotFoundException for an unknown code, kind or period, or a year no unit carried the code in
     */
    public PeriodReport report(String code, int year, String kind, Locale locale) {
        ProvinceProfile profile = provinces.profile(code).inYear(year);
        ReportingPeriod period = periods.period(year, kind);
        ProvinceUnit unit = profile.unitInYear(year)
                .orElseThrow(() -> new NotFoundException("reporting.unit.notInYear", code, year));
        // rule 8: a goal several documents set is one row; its narrative is stored under its first target
        List<TargetAttainment> goals = TargetAttainment.goalsOnce(attainment.evaluate(code, year, locale));
        Map<Long, Narrative> narratives = query.narratives(
                period.id(), goals.stream().map(a -> a.target().targetId()).toList());
        List<PeriodReport.Row> rows = goals.stream()
                .map(a -> new PeriodReport.Row(
                        a, narratives.get(a.target().targetId()), NarrativeRule.requiresNarrative(a.status())))
                .toList();
        return new PeriodReport(period, profile, unit.id(), query.submission(period.id(), unit.id()), rows);
    }

    /** A province's periods of a year with the state of each report (drafts included); none in a year without periods. */
    public List<PeriodState> states(String code, int year) {
        List<ReportingPeriod> list = periods.periods(year);
        ProvinceUnit unit = provinces.unitInYear(code, year).orElse(null);
        if (unit == null || list.isEmpty()) {
            return List.of();
        }
        Map<Long, Submission> found = new HashMap<>(
                query.submissions(list.stream().map(ReportingPeriod::id).toList(), unit.id()));
        return list.stream()
                .map(p -> new PeriodState(p, found.getOrDefault(p.id(), Submission.draft(p.id()))))
                .toList();
    }

    /** Submitted reports waiting for a reviewer, oldest first. */
    public List<Waiting> waiting() {
        return query.waiting();
    }

    /** A period and the province's report of it. */
    public record PeriodState(ReportingPeriod period, Submission submission) {}
}
