package vn.cchc.tracker.dashboard.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.dashboard.DashboardYear;
import vn.cchc.tracker.dashboard.DashboardYears;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.support.web.EvaluationYear;

@Controller
class DocumentController {

    private final DocumentService documents;
    private final AttainmentService attainment;
    private final DashboardYears years;

    DocumentController(DocumentService documents, AttainmentService attainment, DashboardYears years) {
        this.documents = documents;
        this.attainment = attainment;
        this.years = years;
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, @EvaluationYear Integer requested, Locale locale, Model model) {
        Document document = documents.document(id);
        DashboardYear shown = years.shown(requested);
        int year = shown.year();
        List<TargetAttainment> targets =
                attainment.evaluateDocument(id, document.getProvince().getCode(), year, locale);
        model.addAttribute("document", document);
        model.addAttribute("targets", targets);
        model.addAttribute("statusCounts", StatusCounts.of(targets).asMap());
        model.addAttribute("year", year);
        model.addAttribute("yearBasis", shown);
        return "documents/detail";
    }
}
