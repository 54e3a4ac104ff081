package vn.cchc.tracker.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.reporting.PeriodReportService;

/** Reviewers: the reports submitted and waiting for review, oldest first. */
@Controller
class ReviewController {

    private final PeriodReportService reports;

    ReviewController(PeriodReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/reviews")
    String waiting(Actor actor, Model model) {
        actor.requireReview();
        model.addAttribute("waiting", reports.waiting());
        return "reporting/reviews";
    }
}
