package vn.cchc.tracker.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.dashboard.ComparisonService;
import vn.cchc.tracker.dashboard.DashboardYear;
import vn.cchc.tracker.dashboard.DashboardYears;
import vn.cchc.tracker.dashboard.IndicatorComparison;
import vn.cchc.tracker.dashboard.RankingTable;
import vn.cchc.tracker.support.web.EvaluationYear;

/** One indicator across provinces over the years; the choices live in the query string, so links can be shared. */
@Controller
class CompareController {

    private final ComparisonService comparisons;
    private final ChartJson chartJson;
    private final DashboardYears years;

    CompareController(ComparisonService comparisons, ChartJson chartJson, DashboardYears years) {
        this.comparisons = comparisons;
        this.chartJson = chartJson;
        this.years = years;
    }

    @GetMapping("/compare")
    String compare(
            @RequestParam(required = false) String indicator,
            @RequestParam(name = "province", required = false) List<String> provinces,
            @RequestParam(required = false) String sort,
            @EvaluationYear Integer requested,
            Actor actor,
            Locale locale,
            Model model) {
        DashboardYear shown = years.shown(requested);
        int year = shown.year();
        List<String> codes = provinces == null
                ? List.of()
                : provinces.stream().filter(Objects::nonNull).distinct().toList();
        IndicatorComparison comparison =
                comparisons.comparison(indicator, codes, actor.provinceCodes(), year, sort, locale);
        model.addAttribute("comparison", comparison);
        model.addAttribute("chartJson", chartJson.write(comparison.chart()));
        // the provinces as chosen in the URL (empty = all), kept by the links that change something else
        model.addAttribute("chosenProvinces", codes);
        model.addAttribute("year", year);
        model.addAttribute("yearBasis", shown);
        model.addAttribute("sort", RankingTable.sortOrDefault(sort));
        return "dashboard/compare";
    }
}
