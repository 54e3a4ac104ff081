package vn.cchc.tracker.explanation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
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
import vn.cchc.tracker.explanation.ExplanationFilter;
import vn.cchc.tracker.explanation.ExplanationRequest;
import vn.cchc.tracker.explanation.ExplanationService;
import vn.cchc.tracker.explanation.ExplanationState;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.StaleDataException;
import vn.cchc.tracker.support.web.FormErrors;

/**
 * Explanation requests in the browser (Post/Redirect/Get): the reviewers' question from a target's page, the list of
 * requests with their age, one request with the province's reply form. The service checks who may do what.
 */
@Controller
class ExplanationController {

    private final ExplanationService explanations;
    private final MessageSource messages;

    ExplanationController(ExplanationService explanations, MessageSource messages) {
        this.explanations = explanations;
        this.messages = messages;
    }

    @PostMapping("/targets/{id}/explanations")
    String ask(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String question,
            RedirectAttributes redirect,
            Locale locale) {
        String back =
                "/targets/" + id + (year != null && year.strip().matches("[0-9]{4}") ? "?year=" + year.strip() : "");
        try {
            explanations.ask(actor, id, year, question);
            redirect.addFlashAttribute("notice", "explanation.notice.asked");
        } catch (InvalidInputException e) {
            // the target page is the dashboard's: the problems and what was typed come back as flash attributes
            redirect.addFlashAttribute(
                    "explanationProblems",
                    e.violations().stream()
                            .map(v -> messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale))
                            .distinct()
                            .toList());
            redirect.addFlashAttribute("explanationQuestion", question == null ? "" : abbreviated(question));
        }
        return "redirect:" + back + "#explanations";
    }

    @GetMapping("/explanations")
    String list(
            Actor actor,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String state,
            Model model) {
        ExplanationFilter filter = ExplanationFilter.of(province, state);
        List<ExplanationRequest> all = explanations.list(actor, new ExplanationFilter(null, null));
        Map<String, String> provinces = new TreeMap<>();
        all.forEach(r -> provinces.putIfAbsent(r.provinceCode(), r.provinceName()));
        List<ExplanationRequest> shown = all.stream()
                .filter(r -> filter.provinceCode() == null || r.provinceCode().equals(filter.provinceCode()))
                .filter(r -> filter.state() == null || r.state() == filter.state())
                .toList();
        model.addAttribute("requests", shown);
        model.addAttribute("filter", filter);
        model.addAttribute("provinces", provinces);
        model.addAttribute("states", ExplanationState.values());
        model.addAttribute(
                "openCount", all.stream().filter(ExplanationRequest::open).count());
        return "explanations/list";
    }

    @GetMapping("/explanations/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        ExplanationRequest r = explanations.request(actor, id);
        ReplyForm form = new ReplyForm();
        form.setVersion(String.valueOf(r.version()));
        return page(actor, r, form, model);
    }

    @PostMapping("/explanations/{id}")
    String reply(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("replyForm") ReplyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long version = version(form.getVersion());
        try {
            explanations.reply(actor, id, version, form.getReply());
            redirect.addFlashAttribute("notice", "explanation.notice.replied");
            return "redirect:/explanations/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(actor, explanations.request(actor, id), form, model);
        } catch (StaleDataException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            form.setVersion(String.valueOf(e.currentVersion()));
            return page(actor, explanations.request(actor, id), form, model);
        }
    }

    private String page(Actor actor, ExplanationRequest r, ReplyForm form, Model model) {
        model.addAttribute("request", r);
        model.addAttribute("replyForm", form);
        model.addAttribute("canReply", r.open() && actor.canWrite(r.provinceCode()));
        return "explanations/detail";
    }

    private static long version(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("version", "error.parameter.invalid", "version", abbreviated(text));
        }
    }

    private static String abbreviated(String text) {
        String s = text == null ? "" : text.replace("\u0000", "");
        return s.length() > 4000 ? s.substring(0, 4000) : s;
    }
}
