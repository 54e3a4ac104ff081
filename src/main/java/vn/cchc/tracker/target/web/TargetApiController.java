package vn.cchc.tracker.target.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.Numbers;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.target.TargetService;

@RestController
class TargetApiController {

    private final ProvinceService provinces;
    private final TargetService targets;

    TargetApiController(ProvinceService provinces, TargetService targets) {
        this.provinces = provinces;
        this.targets = targets;
    }

    /** Every target of the province, across the units that have carried its code. */
    @GetMapping("/api/v1/provinces/{code}/targets")
    List<TargetJson> targetsOf(@PathVariable String code) {
        provinces.profile(code);
        return targets.targetsOfProvince(code).stream().map(TargetJson::of).toList();
    }

    record TargetJson(long id, String provinceCode, String provinceName, String documentNumber, String indicatorCode,
                      String comparison, Object threshold, int deadlineYear, Integer baselineYear,
                      BigDecimal baselineValue, String scopeNote, String sentence) {

        static TargetJson of(Target t) {
            Object threshold = t.getThresholdLevel() != null ? t.getThresholdLevel() : Numbers.plain(t.getThresholdValue());
            return new TargetJson(t.getId(), t.getDocument().getProvince().getCode(), t.getDocument().getProvince().getNameVi(),
                    t.getDocument().getNumber(), t.getIndicator().getCode(), t.getComparison().name(), threshold,
                    t.getDeadlineYear(), t.getBaselineYear(),
                    Numbers.plain(t.getBaselineValue()),
                    t.getScopeNote(), t.getSentence());
        }
    }
}
