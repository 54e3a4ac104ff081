package vn.cchc.tracker.attainment.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import vn.cchc.tracker.attainment.AttainmentResult;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.TargetAttainment;
import vn.cchc.tracker.attainment.TargetRow;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.Numbers;

@RestController
class AttainmentApiController {

    private final AttainmentService attainment;
    private final ProvinceService provinces;
    private final EvaluationYears years;

    AttainmentApiController(AttainmentService attainment, ProvinceService provinces, EvaluationYears years) {
        this.attainment = attainment;
        this.provinces = provinces;
        this.years = years;
    }

    /** Every target of one province (or all) with its status in the year, explained in the requested language. */
    @GetMapping("/api/v1/attainment")
    List<AttainmentJson> attainment(@RequestParam(required = false) String province,
                                    @RequestParam(required = false) String year, Locale locale) {
        int evaluationYear = years.resolve("year", year);
        String code = province == null || province.isBlank() ? null : province.trim();
        if (code != null) {
            try {
                provinces.profile(code);
            } catch (NotFoundException e) {
                throw new BadParameterException("province", "error.parameter.province", code);
            }
        }
        return attainment.evaluate(code, evaluationYear, locale).stream().map(AttainmentJson::of).toList();
    }

    /** The API's contract: exactly these fields, group values as level names. */
    record AttainmentJson(long targetId, String provinceCode, String documentNumber, String indicatorCode,
                          String comparison, Object threshold, int deadlineYear, Integer baselineYear,
                          BigDecimal baselineValue, Integer judgedYear, Object judgedValue, BigDecimal projectedValue,
                          BigDecimal progress, String status, String explanation) {

        static AttainmentJson of(TargetAttainment a) {
            TargetRow t = a.target();
            AttainmentResult r = a.result();
            Object threshold = t.thresholdLevel() != null ? t.thresholdLevel() : Numbers.plain(t.thresholdValue());
            Object judged = r.explanation().judgedLevel() != null ? r.explanation().judgedLevel() : Numbers.plain(r.judgedValue());
            return new AttainmentJson(t.targetId(), t.provinceCode(), t.documentNumber(), t.indicatorCode(),
                    t.comparison().name(), threshold, t.deadlineYear(), t.baselineYear(), Numbers.plain(t.baselineValue()),
                    r.judgedYear(), judged, Numbers.plain(r.projectedValue()), r.progress(), r.status().name(),
                    a.explanation());
        }
    }
}
