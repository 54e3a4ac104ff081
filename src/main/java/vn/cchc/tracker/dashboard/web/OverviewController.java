package vn.cchc.tracker.dashboard.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.dashboard.DashboardYear;
import vn.cchc.tracker.dashboard.DashboardYears;
import vn.cchc.tracker.dashboard.Overview;
import vn.cchc.tracker.dashboard.OverviewService;
import vn.cchc.tracker.explanation.ExplanationService;
import vn.cchc.tracker.support.web.EvaluationYear;

/** The home page: which province is ahead, on which reform area. */
@Controller
class OverviewController {

    private final OverviewService overviews;
    private final DashboardYears years;
    private final ExplanationService explanations;

    OverviewController(OverviewService overviews, DashboardYears years, ExplanationService explanations) {
        this.overviews = overviews;
        this.years = years;
        this.explanations = explanations;
    }

    @GetMapping("/")
    String overview(@EvaluationYear Integer requested, Actor actor, Locale locale, Model model) {
        DashboardYear shown = years.shown(requested);
        int year = shown.year();
        Overview overview = overviews.overview(year, locale);
        model.addAttribute("overview", overview);
        model.addAttribute("predecessorGoals", overviews.predecessorGoals(overview, locale));
        model.addAttribute("year", year);
        model.addAttribute("yearBasis", shown);
        // an editor's start page: the explanation requests the province has still to answer
        model.addAttribute("openExplanations", explanations.openForEditor(actor));
        return "dashboard/overview";
    }
}
