package vn.cchc.tracker.reporting.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.reporting.PeriodReportService;
import vn.cchc.tracker.support.EvaluationYears;

/**
 * What the province pages ask about the reporting cycle ({@code @reportingPanel}): the current year's periods of a
 * province with the state of each report (or of the page's year, see {@link #periods}), for the "Báo cáo kỳ" panel ({@code reporting/panel.html}).
 */
@Component("reportingPanel")
public class ReportingPanel {

    private final PeriodReportService reports;
    private final EvaluationYears years;

    ReportingPanel(PeriodReportService reports, EvaluationYears years) {
        this.reports = reports;
        this.years = years;
    }

    /**
     * The current year's periods; for a code no unit carried this year (Đắk Nông after 2025), those of the year the
     * page shows instead, so its last reports stay reachable.
     */
    public List<PeriodReportService.PeriodState> periods(String code, int pageYear) {
        List<PeriodReportService.PeriodState> current = reports.states(code, years.current());
        return current.isEmpty() && pageYear != years.current() ? reports.states(code, pageYear) : current;
    }
}
