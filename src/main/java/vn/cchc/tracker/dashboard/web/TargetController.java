package vn.cchc.tracker.dashboard.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.dashboard.DashboardYear;
import vn.cchc.tracker.dashboard.DashboardYears;
import vn.cchc.tracker.dashboard.TargetDetail;
import vn.cchc.tracker.dashboard.TargetDetailService;
import vn.cchc.tracker.explanation.ExplanationService;
import vn.cchc.tracker.support.web.EvaluationYear;

/** One target: the sentence as written, its measurements and the projection to its deadline. */
@Controller
class TargetController {

    private final TargetDetailService targets;
    private final ChartJson chartJson;
    private final DashboardYears years;
    private final ExplanationService explanations;

    TargetController(
            TargetDetailService targets, ChartJson chartJson, DashboardYears years, ExplanationService explanations) {
        this.targets = targets;
        this.chartJson = chartJson;
        this.years = years;
        this.explanations = explanations;
    }

    @GetMapping("/targets/{id}")
    String target(@PathVariable long id, @EvaluationYear Integer requested, Actor actor, Locale locale, Model model) {
        DashboardYear shown = years.shown(requested);
        int year = shown.year();
        TargetDetail detail = targets.target(id, year, locale);
        model.addAttribute("detail", detail);
        model.addAttribute("chartJson", chartJson.write(detail.chart()));
        model.addAttribute("year", year);
        model.addAttribute("yearBasis", shown);
        // reviewers ask for an explanation here; they and the province's editors see the requests about the target
        model.addAttribute("explanations", explanations.forTarget(actor, id));
        model.addAttribute("canAskExplanation", actor.canReview());
        return "dashboard/target";
    }
}
