package vn.cchc.tracker.indicator.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.ReformArea;

@Controller
class IndicatorController {

    private final IndicatorService indicators;

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/indicators")
    String catalogue(Model model) {
        Map<String, List<Indicator>> byArea = indicators.catalogue().stream()
                .collect(Collectors.groupingBy(
                        i -> i.getReformArea().getCode(), LinkedHashMap::new, Collectors.toList()));
        List<ReformArea> areas = indicators.reformAreas();
        model.addAttribute("areas", areas);
        model.addAttribute("indicatorsByArea", byArea);
        return "indicators/list";
    }
}
