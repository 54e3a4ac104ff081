package vn.cchc.tracker.dashboard.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.web.EvaluationYear;

/** The list of provinces and their documents; a province's own page is its scorecard (dashboard.web). */
@Controller
class ProvinceListController {

    private final ProvinceService provinces;
    private final DocumentService documents;

    ProvinceListController(ProvinceService provinces, DocumentService documents) {
        this.provinces = provinces;
        this.documents = documents;
    }

    @GetMapping("/provinces")
    String list(@EvaluationYear int year, Model model) {
        Map<String, List<Document>> documentsByCode = documents.documentsByProvinceCode();
        // each code under the unit that carried it in the year
        Map<Boolean, List<ProvinceProfile>> withDocuments = provinces.profiles().stream()
                .map(p -> p.inYear(year))
                .collect(Collectors.partitioningBy(p -> documentsByCode.containsKey(p.code())));
        model.addAttribute("trackedProfiles", withDocuments.get(true));
        model.addAttribute("otherProfiles", withDocuments.get(false));
        model.addAttribute("documentsByCode", documentsByCode);
        model.addAttribute("year", year);
        return "provinces/list";
    }
}
