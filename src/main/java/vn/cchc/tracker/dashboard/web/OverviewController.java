package vn.cchc.tracker.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

import vn.cchc.tracker.dashboard.OverviewService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.web.YearOptions;

/** The home page: which province is ahead, on which reform area. */
@Controller
class OverviewController {

    private final OverviewService overviews;
    private final EvaluationYears years;

    OverviewController(OverviewService overviews, EvaluationYears years) {
        this.overviews = overviews;
        this.years = years;
    }

    @GetMapping("/")
    String overview(@RequestParam(required = false) String year, Locale locale, Model model) {
        int evaluationYear = years.resolve("year", year);
        model.addAttribute("activeNav", "home");
        model.addAttribute("overview", overviews.overview(evaluationYear, locale));
        model.addAttribute("year", evaluationYear);
        model.addAttribute("years", YearOptions.around(years.current(), evaluationYear));
        return "dashboard/overview";
    }
}
