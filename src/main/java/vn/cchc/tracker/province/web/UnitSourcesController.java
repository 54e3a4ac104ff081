package vn.cchc.tracker.province.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.province.ProvinceService;

/** The sources of the national unit list, which every province page cites by key (S1 …). */
@Controller
class UnitSourcesController {

    private final ProvinceService provinces;

    UnitSourcesController(ProvinceService provinces) {
        this.provinces = provinces;
    }

    @GetMapping("/provinces/sources")
    String sources(Model model) {
        model.addAttribute("sources", provinces.sources());
        return "provinces/sources";
    }
}
