package vn.cchc.tracker.indicator.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.support.Numbers;

@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApiController {

    private final IndicatorService indicators;

    IndicatorApiController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    List<IndicatorJson> list() {
        return indicators.catalogue().stream().map(IndicatorJson::of).toList();
    }

    record IndicatorJson(String code, String nameVi, String nameEn, String reformArea, String unitKind,
                         String direction, BigDecimal minValue, BigDecimal maxValue, List<String> levels) {

        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(i.getCode(), i.getNameVi(), i.getNameEn(), i.getReformArea().getCode(),
                    i.getUnitKind().name(), i.getDirection().name(), Numbers.plain(i.getMinValue()), Numbers.plain(i.getMaxValue()),
                    i.isGroup() ? i.levelNames() : null);
        }
    }
}
