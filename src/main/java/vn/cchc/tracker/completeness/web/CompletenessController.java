package vn.cchc.tracker.completeness.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.completeness.Board;
import vn.cchc.tracker.completeness.BoardSort;
import vn.cchc.tracker.completeness.CompletenessService;
import vn.cchc.tracker.reporting.PeriodKind;
import vn.cchc.tracker.support.web.EvaluationYear;

/**
 * The completeness board: national ({@code /completeness}, reviewers and admins) and a province's own
 * ({@code /provinces/{code}/completeness}, its editors too). Without {@code ?period=} it opens on the year's first
 * period not yet due.
 */
@Controller
class CompletenessController {

    private final CompletenessService completeness;

    CompletenessController(CompletenessService completeness) {
        this.completeness = completeness;
    }

    @GetMapping("/completeness")
    String national(
            Actor actor,
            @EvaluationYear int year,
            @RequestParam(required = false) PeriodKind period,
            @RequestParam(required = false) BoardSort sort,
            Locale locale,
            Model model) {
        PeriodKind kind = period == null ? completeness.defaultKind(year) : period;
        Board board = completeness.national(actor, year, kind, sort == null ? BoardSort.CODE : sort, locale);
        model.addAttribute("board", board);
        model.addAttribute("national", true);
        return "completeness/board";
    }

    @GetMapping("/provinces/{code}/completeness")
    String province(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @RequestParam(required = false) PeriodKind period,
            Locale locale,
            Model model) {
        PeriodKind kind = period == null ? completeness.defaultKind(year) : period;
        Board board = completeness.province(actor, code, year, kind, locale);
        model.addAttribute("board", board);
        model.addAttribute("national", false);
        model.addAttribute("code", code);
        return "completeness/board";
    }
}
