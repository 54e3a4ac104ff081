package vn.cchc.tracker.province.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.TargetAttainment;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.web.YearOptions;

@Controller
class ProvinceController {

    private final ProvinceService provinces;
    private final DocumentService documents;
    private final AttainmentService attainment;
    private final EvaluationYears years;

    ProvinceController(ProvinceService provinces, DocumentService documents, AttainmentService attainment,
                       EvaluationYears years) {
        this.provinces = provinces;
        this.documents = documents;
        this.attainment = attainment;
        this.years = years;
    }

    @GetMapping({"/", "/provinces"})
    String list(Model model) {
        Map<String, List<Document>> documentsByCode = documents.documentsByProvinceCode();
        Map<Boolean, List<ProvinceProfile>> withDocuments = provinces.profiles().stream()
                .collect(Collectors.partitioningBy(p -> documentsByCode.containsKey(p.code())));
        model.addAttribute("activeNav", "provinces");
        model.addAttribute("trackedProfiles", withDocuments.get(true));
        model.addAttribute("otherProfiles", withDocuments.get(false));
        model.addAttribute("documentsByCode", documentsByCode);
        return "provinces/list";
    }

    @GetMapping("/provinces/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String year, Locale locale, Model model) {
        ProvinceProfile profile = provinces.profile(code);
        int evaluationYear = years.resolve("year", year);
        List<TargetAttainment> targets = attainment.evaluate(code, evaluationYear, locale);
        Map<Long, List<TargetAttainment>> targetsByDocument = targets.stream()
                .collect(Collectors.groupingBy(a -> a.target().documentId(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("activeNav", "provinces");
        model.addAttribute("profile", profile);
        model.addAttribute("documents", documents.documentsOf(code));
        model.addAttribute("targetsByDocument", targetsByDocument);
        model.addAttribute("statusCounts", AttainmentService.countByStatus(targets));
        model.addAttribute("year", evaluationYear);
        model.addAttribute("years", YearOptions.around(years.current(), evaluationYear));
        return "provinces/detail";
    }
}
