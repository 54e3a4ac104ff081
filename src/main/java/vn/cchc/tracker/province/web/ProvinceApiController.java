package vn.cchc.tracker.province.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceService;

@RestController
@RequestMapping("/api/v1/provinces")
class ProvinceApiController {

    private final ProvinceService provinces;

    ProvinceApiController(ProvinceService provinces) {
        this.provinces = provinces;
    }

    @GetMapping
    List<ProvinceJson> list() {
        return provinces.allUnits().stream().map(ProvinceJson::of).toList();
    }

    record ProvinceJson(String code, String name, String kind, LocalDate validFrom, LocalDate validTo,
                        String successorCode, String successorName, String changeNote) {

        static ProvinceJson of(Province p) {
            Province s = p.getSuccessor();
            return new ProvinceJson(p.getCode(), p.getNameVi(), p.getKind().name(), p.getValidFrom(), p.getValidTo(),
                    s == null ? null : s.getCode(), s == null ? null : s.getNameVi(), p.getChangeNote());
        }
    }
}
