package vn.cchc.tracker.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.web.YearOptions;

@Controller
class DocumentController {

    private final DocumentService documents;
    private final AttainmentService attainment;
    private final EvaluationYears years;

    DocumentController(DocumentService documents, AttainmentService attainment, EvaluationYears years) {
        this.documents = documents;
        this.attainment = attainment;
        this.years = years;
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String year, Locale locale, Model model) {
        Document document = documents.document(id);
        int evaluationYear = years.resolve("year", year);
        List<TargetAttainment> targets = attainment.evaluateDocument(id, document.getProvince().getCode(), evaluationYear, locale);
        model.addAttribute("activeNav", "provinces");
        model.addAttribute("document", document);
        model.addAttribute("targets", targets);
        model.addAttribute("statusCounts", StatusCounts.of(targets).asMap());
        model.addAttribute("year", evaluationYear);
        model.addAttribute("years", YearOptions.around(years.current(), evaluationYear));
        return "documents/detail";
    }
}
