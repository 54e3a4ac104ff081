package vn.cchc.tracker.measurement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.measurement.ApplyResult;
import vn.cchc.tracker.measurement.MeasurementConflictException;
import vn.cchc.tracker.measurement.ProvisionalGrid;
import vn.cchc.tracker.measurement.ProvisionalGridService;
import vn.cchc.tracker.measurement.ProvisionalWriteService;
import vn.cchc.tracker.measurement.YearApprovedException;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.web.EvaluationYear;
import vn.cchc.tracker.support.web.FormErrors;

/** Provisional values of one province at one period of a year (issue 16), entered like the yearly results grid. */
@Controller
class ProvisionalController {

    private final ProvisionalGridService grids;
    private final ProvisionalWriteService writer;
    private final ProvinceService provinces;

    ProvisionalController(ProvisionalGridService grids, ProvisionalWriteService writer, ProvinceService provinces) {
        this.grids = grids;
        this.writer = writer;
        this.provinces = provinces;
    }

    @GetMapping("/provinces/{code}/provisional/{year}/{period}")
    String grid(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @PathVariable String period,
            Locale locale,
            Model model) {
        ProvisionalGrid grid = grids.grid(code, year, period, actor);
        return show(model, grid, ResultsForm.of(grid, locale), Map.of());
    }

    @PostMapping("/provinces/{code}/provisional/{year}/{period}")
    String save(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear("year") int y,
            @PathVariable String period,
            @ModelAttribute("results") ResultsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            ApplyResult applied = writer.apply(code, y, period, form.toChanges(code, y), actor, Origin.WEB);
            redirect.addFlashAttribute("saved", applied);
            return "redirect:/provinces/" + code + "/provisional/" + y + "/" + period;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, grids.grid(code, y, period, actor), form, Map.of());
        } catch (YearApprovedException e) {
            redirect.addFlashAttribute("problem", "provisional.approved.refused");
            return "redirect:/provinces/" + code + "/provisional/" + y + "/" + period;
        } catch (MeasurementConflictException e) {
            Map<Integer, MeasurementConflictException.Conflict> conflicts = form.keepValuesOver(e);
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(model, grids.grid(code, y, period, actor), form, conflicts);
        }
    }

    private String show(
            Model model,
            ProvisionalGrid grid,
            ResultsForm form,
            Map<Integer, MeasurementConflictException.Conflict> conflicts) {
        Map<String, ProvisionalGrid.Row> rowsByIndicator = new HashMap<>();
        grid.rows().forEach(r -> rowsByIndicator.put(r.indicator().code(), r));
        model.addAttribute("grid", grid);
        model.addAttribute("profile", provinces.profile(grid.provinceCode()).inYear(grid.year()));
        model.addAttribute("results", form);
        model.addAttribute("rowsByIndicator", rowsByIndicator);
        model.addAttribute("conflicts", conflicts);
        return "results/provisional";
    }
}
