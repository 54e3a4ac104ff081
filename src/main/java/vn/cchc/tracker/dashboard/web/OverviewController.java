package vn.cchc.tracker.dashboard.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.dashboard.Overview;
import vn.cchc.tracker.dashboard.OverviewService;
import vn.cchc.tracker.support.web.EvaluationYear;

/** The home page: which province is ahead, on which reform area. */
@Controller
class OverviewController {

    private final OverviewService overviews;

    OverviewController(OverviewService overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/")
    String overview(@EvaluationYear int year, Locale locale, Model model) {
        Overview overview = overviews.overview(year, locale);
        model.addAttribute("overview", overview);
        model.addAttribute("predecessorGoals", overviews.predecessorGoals(overview, locale));
        model.addAttribute("year", year);
        return "dashboard/overview";
    }
}
