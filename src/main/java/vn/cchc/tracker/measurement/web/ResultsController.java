package vn.cchc.tracker.measurement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.measurement.ApplyResult;
import vn.cchc.tracker.measurement.ApprovalService;
import vn.cchc.tracker.measurement.MeasurementConflictException;
import vn.cchc.tracker.measurement.MeasurementWriteService;
import vn.cchc.tracker.measurement.ProvisionalGridService;
import vn.cchc.tracker.measurement.ResultsGrid;
import vn.cchc.tracker.measurement.ResultsGridService;
import vn.cchc.tracker.measurement.YearApprovedException;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.web.EvaluationYear;
import vn.cchc.tracker.support.web.FormErrors;

/** The yearly results grid: one province, one year, every value saved together; approval and reopening. */
@Controller
class ResultsController {

    private final ResultsGridService grids;
    private final MeasurementWriteService writer;
    private final ApprovalService approvals;
    private final ProvinceService provinces;
    private final EvaluationYears years;
    private final ProvisionalGridService provisionals;

    ResultsController(
            ResultsGridService grids,
            MeasurementWriteService writer,
            ApprovalService approvals,
            ProvinceService provinces,
            EvaluationYears years,
            ProvisionalGridService provisionals) {
        this.provisionals = provisionals;
        this.grids = grids;
        this.writer = writer;
        this.approvals = approvals;
        this.provinces = provinces;
        this.years = years;
    }

    /** The provinces the user enters results for; with a province and year, straight to that grid. */
    @GetMapping("/results")
    String index(Actor actor, @RequestParam(required = false) String province, @EvaluationYear int year, Model model) {
        if (province != null) {
            return "redirect:/provinces/" + provinces.profile(province).code() + "/results/" + year;
        }
        List<String> codes = grids.writableCodes(actor);
        List<ProvinceProfile> writable = provinces.profiles().stream()
                .filter(p -> codes.contains(p.code()))
                .toList();
        int current = years.current();
        model.addAttribute("profiles", writable);
        model.addAttribute("recentYears", List.of(current, current - 1, current - 2, current - 3));
        model.addAttribute("year", current - 1);
        return "results/index";
    }

    @GetMapping("/provinces/{code}/results/{year}")
    String grid(Actor actor, @PathVariable String code, @EvaluationYear int year, Locale locale, Model model) {
        ResultsGrid grid = grids.grid(code, year, actor);
        return show(model, grid, ResultsForm.of(grid, locale), actor, Map.of());
    }

    @PostMapping("/provinces/{code}/results/{year}")
    String save(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear("year") int y,
            @ModelAttribute("results") ResultsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            ApplyResult applied = writer.apply(form.toChanges(code, y), actor, Origin.WEB, null);
            redirect.addFlashAttribute("saved", applied);
            return "redirect:/provinces/" + code + "/results/" + y;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, grids.grid(code, y, actor), form, actor, Map.of());
        } catch (YearApprovedException e) {
            redirect.addFlashAttribute("problem", "results.approved.refused");
            return "redirect:/provinces/" + code + "/results/" + y;
        } catch (MeasurementConflictException e) {
            Map<Integer, MeasurementConflictException.Conflict> conflicts = form.keepValuesOver(e);
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(model, grids.grid(code, y, actor), form, actor, conflicts);
        }
    }

    @PostMapping("/provinces/{code}/results/{year}/approve")
    String approve(Actor actor, @PathVariable String code, @EvaluationYear("year") int y, RedirectAttributes redirect) {
        approvals.approve(code, y, actor);
        redirect.addFlashAttribute("notice", "results.approved.done");
        return "redirect:/provinces/" + code + "/results/" + y;
    }

    @PostMapping("/provinces/{code}/results/{year}/reopen")
    String reopen(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear("year") int y,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            approvals.reopen(code, y, reason, actor);
            redirect.addFlashAttribute("notice", "results.reopened.done");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("reopenError", e.violations().get(0).messageKey());
        }
        return "redirect:/provinces/" + code + "/results/" + y;
    }

    private String show(
            Model model,
            ResultsGrid grid,
            ResultsForm form,
            Actor actor,
            Map<Integer, MeasurementConflictException.Conflict> conflicts) {
        Map<String, ResultsGrid.Row> rowsByIndicator = new HashMap<>();
        grid.rows().forEach(r -> rowsByIndicator.put(r.indicator().code(), r));
        model.addAttribute("grid", grid);
        // the unit that carried the code in the grid's year: 52 in 2024 is Bình Định
        model.addAttribute("profile", provinces.profile(grid.provinceCode()).inYear(grid.year()));
        model.addAttribute("results", form);
        model.addAttribute("rowsByIndicator", rowsByIndicator);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("canApprove", actor.canApprove(grid.provinceCode()));
        model.addAttribute("canReopen", actor.canReopen());
        model.addAttribute("provisionalPeriods", provisionals.periods(grid.year()));
        return "results/grid";
    }
}
