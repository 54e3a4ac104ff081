package vn.cchc.tracker.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.dashboard.ScorecardService;
import vn.cchc.tracker.dashboard.ScorecardFilter;
import vn.cchc.tracker.dashboard.ScorecardForm;
import vn.cchc.tracker.dashboard.TargetSort;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.web.YearOptions;

/** A province's page: its scorecard of targets, with its administrative history and documents. */
@Controller
class ScorecardController {

    private final ScorecardService scorecards;
    private final EvaluationYears years;

    ScorecardController(ScorecardService scorecards, EvaluationYears years) {
        this.scorecards = scorecards;
        this.years = years;
    }

    @GetMapping("/provinces/{code}")
    String scorecard(@PathVariable String code, @RequestParam(required = false) String year, ScorecardForm form,
                     Locale locale, Model model) {
        int evaluationYear = years.resolve("year", year);
        model.addAttribute("activeNav", "provinces");
        ScorecardFilter filter = form.toFilter();
        model.addAttribute("scorecard", scorecards.scorecard(code, filter, evaluationYear, locale));
        model.addAttribute("links", new ScorecardLinks(code, evaluationYear, filter));
        model.addAttribute("statuses", AttainmentStatus.values());
        model.addAttribute("sorts", TargetSort.values());
        model.addAttribute("year", evaluationYear);
        model.addAttribute("years", YearOptions.around(years.current(), evaluationYear));
        return "provinces/detail";
    }
}
