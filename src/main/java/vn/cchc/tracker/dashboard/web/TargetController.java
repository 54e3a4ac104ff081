package vn.cchc.tracker.dashboard.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.tracker.dashboard.DashboardYear;
import vn.cchc.tracker.dashboard.DashboardYears;
import vn.cchc.tracker.dashboard.TargetDetail;
import vn.cchc.tracker.dashboard.TargetDetailService;
import vn.cchc.tracker.support.web.EvaluationYear;

/** One target: the sentence as written, its measurements and the projection to its deadline. */
@Controller
class TargetController {

    private final TargetDetailService targets;
    private final ChartJson chartJson;
    private final DashboardYears years;

    TargetController(TargetDetailService targets, ChartJson chartJson, DashboardYears years) {
        this.targets = targets;
        this.chartJson = chartJson;
        this.years = years;
    }

    @GetMapping("/targets/{id}")
    String target(@PathVariable long id, @EvaluationYear Integer requested, Locale locale, Model model) {
        DashboardYear shown = years.shown(requested);
        int year = shown.year();
        TargetDetail detail = targets.target(id, year, locale);
        model.addAttribute("detail", detail);
        model.addAttribute("chartJson", chartJson.write(detail.chart()));
        model.addAttribute("year", year);
        model.addAttribute("yearBasis", shown);
        return "dashboard/target";
    }
}
