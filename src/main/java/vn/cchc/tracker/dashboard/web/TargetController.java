package vn.cchc.tracker.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

import vn.cchc.tracker.dashboard.TargetDetailService;
import vn.cchc.tracker.dashboard.TargetDetail;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.web.YearOptions;

/** One target: the sentence as written, its measurements and the projection to its deadline. */
@Controller
class TargetController {

    private final TargetDetailService targets;
    private final EvaluationYears years;
    private final ChartJson chartJson;

    TargetController(TargetDetailService targets, EvaluationYears years, ChartJson chartJson) {
        this.targets = targets;
        this.years = years;
        this.chartJson = chartJson;
    }

    @GetMapping("/targets/{id}")
    String target(@PathVariable long id, @RequestParam(required = false) String year, Locale locale, Model model) {
        int evaluationYear = years.resolve("year", year);
        TargetDetail detail = targets.target(id, evaluationYear, locale);
        model.addAttribute("activeNav", "provinces");
        model.addAttribute("detail", detail);
        model.addAttribute("chartJson", chartJson.write(detail.chart()));
        model.addAttribute("year", evaluationYear);
        model.addAttribute("years", YearOptions.around(years.current(), evaluationYear));
        return "dashboard/target";
    }
}
