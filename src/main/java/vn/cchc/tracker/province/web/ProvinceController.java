package vn.cchc.tracker.province.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;

@Controller
class ProvinceController {

    private final ProvinceService provinces;
    private final DocumentService documents;

    ProvinceController(ProvinceService provinces, DocumentService documents) {
        this.provinces = provinces;
        this.documents = documents;
    }

    @GetMapping({"/", "/provinces"})
    String list(Model model) {
        model.addAttribute("activeNav", "provinces");
        Map<String, List<Document>> documentsByCode = documents.documentsByProvinceCode();
        Map<Boolean, List<ProvinceProfile>> withDocuments = provinces.profiles().stream()
                .collect(Collectors.partitioningBy(p -> documentsByCode.containsKey(p.code())));
        model.addAttribute("trackedProfiles", withDocuments.get(true));
        model.addAttribute("otherProfiles", withDocuments.get(false));
        model.addAttribute("documentsByCode", documentsByCode);
        return "provinces/list";
    }

    @GetMapping("/provinces/{code}")
    String show(@PathVariable String code, Model model) {
        ProvinceProfile profile = provinces.profile(code);
        model.addAttribute("activeNav", "provinces");
        model.addAttribute("profile", profile);
        model.addAttribute("documents", documents.documentsOf(code));
        return "provinces/detail";
    }
}
