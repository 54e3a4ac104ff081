package vn.cchc.tracker.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import vn.cchc.tracker.reporting.PeriodService;
import vn.cchc.tracker.reporting.ReportingPeriod;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.web.EvaluationYear;

/** Admins: a year's periods with their windows and due dates, editing them, creating a further year. */
@Controller
class PeriodAdminController {

    private final PeriodService periods;
    private final EvaluationYears years;

    PeriodAdminController(PeriodService periods, EvaluationYears years) {
        this.periods = periods;
        this.years = years;
    }

    @GetMapping("/admin/periods")
    String list(Actor actor, @EvaluationYear int year, Model model) {
        actor.requireAdmin();
        model.addAttribute("year", year);
        model.addAttribute("periods", periods.periods(year));
        model.addAttribute("years", periods.years());
        return "reporting/admin-periods";
    }

    @PostMapping("/admin/periods")
    String createYear(
            Actor actor,
            @RequestParam(name = "year", required = false) String year,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            List<ReportingPeriod> created = periods.createYear(year, actor);
            redirect.addFlashAttribute("notice", "reporting.admin.yearCreated");
            return "redirect:/admin/periods?year=" + created.get(0).year();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("createError", e.violations().get(0));
            model.addAttribute("createYear", year);
            return list(actor, years.current(), model);
        }
    }

    @GetMapping("/admin/periods/{id}")
    String edit(Actor actor, @PathVariable long id, Model model) {
        actor.requireAdmin();
        ReportingPeriod period = periods.period(id);
        return form(model, period, PeriodForm.of(period));
    }

    @PostMapping("/admin/periods/{id}")
    String save(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("period") PeriodForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        actor.requireAdmin();
        ReportingPeriod period = periods.period(id);
        try {
            periods.update(id, form.getVersion(), form.toDates(), actor);
            redirect.addFlashAttribute("notice", "reporting.admin.saved");
            return "redirect:/admin/periods?year=" + period.year();
        } catch (InvalidInputException e) {
            vn.cchc.tracker.support.web.FormErrors.bind(e, result);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, period, form);
        }
    }

    private static String form(Model model, ReportingPeriod period, PeriodForm form) {
        model.addAttribute("existing", period);
        model.addAttribute("period", form);
        return "reporting/admin-period-form";
    }
}
