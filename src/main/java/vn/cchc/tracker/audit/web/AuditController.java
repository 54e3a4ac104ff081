package vn.cchc.tracker.audit.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;

import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditFilter;
import vn.cchc.tracker.audit.AuditRecord;
import vn.cchc.tracker.audit.AuditService;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.target.TargetService;

/** History of one target, document or yearly value (logged-in users), and the whole trail (admins). */
@Controller
class AuditController {

    private final AuditService audit;
    private final TargetService targets;
    private final DocumentService documents;
    private final IndicatorService indicators;
    private final ProvinceService provinces;
    private final EvaluationYears years;

    AuditController(AuditService audit, TargetService targets, DocumentService documents, IndicatorService indicators,
                    ProvinceService provinces, EvaluationYears years) {
        this.audit = audit;
        this.targets = targets;
        this.documents = documents;
        this.indicators = indicators;
        this.provinces = provinces;
        this.years = years;
    }

    /** A deleted target still has its history: the page then shows the trail without the target's details. */
    @GetMapping("/targets/{id}/history")
    String targetHistory(@PathVariable long id, Model model) {
        List<AuditRecord> events = audit.history(AuditEntityType.TARGET, id);
        Target target = null;
        try {
            target = targets.target(id);
        } catch (NotFoundException e) {
            if (events.isEmpty()) {
                throw e;
            }
        }
        model.addAttribute("target", target);
        model.addAttribute("targetId", id);
        model.addAttribute("events", events);
        model.addAttribute("activeNav", "provinces");
        return "audit/target-history";
    }

    @GetMapping("/documents/{id}/history")
    String documentHistory(@PathVariable long id, Model model) {
        List<AuditRecord> events = audit.history(AuditEntityType.DOCUMENT, id);
        Document document = null;
        try {
            document = documents.document(id);
        } catch (NotFoundException e) {
            if (events.isEmpty()) {
                throw e;
            }
        }
        model.addAttribute("document", document);
        model.addAttribute("documentId", id);
        model.addAttribute("events", events);
        model.addAttribute("activeNav", "provinces");
        return "audit/document-history";
    }

    @GetMapping("/provinces/{code}/results/{year}/history/{indicator}")
    String measurementHistory(@PathVariable String code, @PathVariable String year, @PathVariable String indicator,
                              Model model) {
        int y = years.resolve("year", year);
        Indicator found = indicators.catalogue().stream().filter(i -> i.getCode().equals(indicator)).findFirst()
                .orElseThrow(() -> new NotFoundException("audit.error.indicatorNotFound", indicator));
        model.addAttribute("profile", provinces.profile(code));
        model.addAttribute("indicator", found);
        model.addAttribute("year", y);
        model.addAttribute("events", audit.measurementHistory(code, indicator, y));
        model.addAttribute("activeNav", "results");
        return "audit/measurement-history";
    }

    @GetMapping("/admin/audit")
    String trail(Actor actor, @RequestParam(required = false) String user, @RequestParam(required = false) String province,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        actor.requireAdmin();
        AuditFilter filter = new AuditFilter(user, province, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("result", audit.search(filter, page));
        model.addAttribute("actors", audit.actors());
        model.addAttribute("provinces", provinces.profiles());
        model.addAttribute("activeNav", "admin");
        return "audit/trail";
    }
}
