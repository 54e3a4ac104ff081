package vn.cchc.tracker.dashboard.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.dashboard.DashboardYear;
import vn.cchc.tracker.dashboard.DashboardYears;
import vn.cchc.tracker.dashboard.ScorecardFilter;
import vn.cchc.tracker.dashboard.ScorecardForm;
import vn.cchc.tracker.dashboard.ScorecardPage;
import vn.cchc.tracker.dashboard.ScorecardService;
import vn.cchc.tracker.dashboard.TargetSort;
import vn.cchc.tracker.support.web.EvaluationYear;

/**
 * A province's page: its scorecard of targets, {@link ScorecardPage#SIZE} a page ({@code ?page=}), with its
 * administrative history and documents.
 */
@Controller
class ScorecardController {

    private final ScorecardService scorecards;
    private final DashboardYears years;

    ScorecardController(ScorecardService scorecards, DashboardYears years) {
        this.scorecards = scorecards;
        this.years = years;
    }

    @GetMapping("/provinces/{code}")
    String scorecard(
            @PathVariable String code,
            @EvaluationYear Integer requested,
            ScorecardForm form,
            @RequestParam(name = "page", required = false) String page,
            Locale locale,
            Model model) {
        ScorecardFilter filter = form.toFilter();
        Integer pageNumber = ScorecardPage.parse(page);
        DashboardYear shown = years.shown(requested);
        int year = shown.year();
        model.addAttribute("scorecard", scorecards.scorecard(code, filter, pageNumber, year, locale));
        model.addAttribute("links", new ScorecardLinks(code, year, filter));
        model.addAttribute("statuses", AttainmentStatus.values());
        model.addAttribute("sorts", TargetSort.values());
        model.addAttribute("year", year);
        model.addAttribute("yearBasis", shown);
        return "provinces/detail";
    }
}
