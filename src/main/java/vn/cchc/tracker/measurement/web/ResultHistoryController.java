package vn.cchc.tracker.measurement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.tracker.audit.AuditService;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.web.EvaluationYear;

/** The change history of one yearly result (logged-in users). */
@Controller
class ResultHistoryController {

    private final AuditService audit;
    private final IndicatorService indicators;
    private final ProvinceService provinces;

    ResultHistoryController(AuditService audit, IndicatorService indicators, ProvinceService provinces) {
        this.audit = audit;
        this.indicators = indicators;
        this.provinces = provinces;
    }

    @GetMapping("/provinces/{code}/results/{year}/history/{indicator}")
    String history(@PathVariable String code, @EvaluationYear int year, @PathVariable String indicator, Model model) {
        Indicator found = indicators.catalogue().stream()
                .filter(i -> i.getCode().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("audit.error.indicatorNotFound", indicator));
        // the unit that carried the code in the year: 52 in 2024 is Bình Định
        model.addAttribute("profile", provinces.profile(code).inYear(year));
        model.addAttribute("indicator", found);
        model.addAttribute("year", year);
        model.addAttribute("events", audit.measurementHistory(code, indicator, year));
        return "audit/measurement-history";
    }
}
