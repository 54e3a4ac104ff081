package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.MethodChanges;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.NotFoundException;

/** One target's page: the sentence, its document, every measurement, and the chart with the projection. */
@Service
@Transactional(readOnly = true)
public class TargetDetailService {

    private final DashboardQuery query;
    private final AttainmentService attainment;
    private final ProvinceService provinces;
    private final DocumentService documents;
    private final DashboardTexts texts;

    TargetDetailService(
            DashboardQuery query,
            AttainmentService attainment,
            ProvinceService provinces,
            DocumentService documents,
            DashboardTexts texts) {
        this.query = query;
        this.attainment = attainment;
        this.provinces = provinces;
        this.documents = documents;
        this.texts = texts;
    }

    /** @throws NotFoundException for an unknown target id */
    public TargetDetail target(long id, int year, Locale locale) {
        String code =
                query.provinceCodeOfTarget(id).orElseThrow(() -> new NotFoundException("error.target.notFound", id));
        TargetAttainment a = attainment.evaluate(code, year, locale).stream()
                .filter(t -> t.target().targetId() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.target.notFound", id));
        TargetRow t = a.target();
        Document document = documents.document(t.documentId());
        Map<String, IndicatorInfo> catalogue = query.indicatorsByCode();
        IndicatorInfo indicator = catalogue.get(t.indicatorCode());
        ProvinceProfile profile = provinces.profile(code);
        int color = Math.max(0, query.trackedCodes().indexOf(code));
        // every unit's values: this province's series and the national tables around it, in one statement
        Map<String, Map<String, List<SeriesPoint>>> national =
                query.nationalSeries(t.indicatorCode(), EvaluationYears.LAST);
        List<SeriesPoint> points = national.getOrDefault(code, Map.of()).getOrDefault(t.indicatorCode(), List.of());
        // a rank or group is set in the table of the score it comes from
        String tableCode = ComputedStandings.pairOf(t.indicatorCode())
                .map(ComputedStandings.Pair::scoreCode)
                .orElse(t.indicatorCode());
        IndicatorInfo tableIndicator = catalogue.get(tableCode);
        NationalContext tables = NationalContext.of(
                tableIndicator,
                national.values().stream()
                        .map(byIndicator -> byIndicator.getOrDefault(tableCode, List.of()))
                        .toList());
        Map<Integer, SeriesPoint> ownScores = new HashMap<>();
        national.getOrDefault(code, Map.of())
                .getOrDefault(tableCode, List.of())
                .forEach(p -> ownScores.put(p.year(), p));

        List<TargetDetail.MeasurementRow> rows = points.stream()
                .map(p -> new TargetDetail.MeasurementRow(
                        p,
                        texts.text(p, locale),
                        p.year() > year,
                        texts.nationalContext(
                                tableIndicator,
                                !tableCode.equals(t.indicatorCode()),
                                tables.in(p.year()),
                                ownScores.get(p.year()),
                                locale)))
                .toList();
        List<SeriesPoint> judged = points.stream().filter(p -> p.year() <= year).toList();
        String name = DashboardTexts.name(profile);

        List<ChartSpec.Line> lines = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        summary.add(texts.seriesSummary(name, judged, List.of(a), locale));
        if (!judged.isEmpty()) {
            lines.add(new ChartSpec.Line(name, ChartSpec.Line.MEASURED, color, texts.chartPoints(judged, locale)));
        }
        BigDecimal goal = ChartSpec.goal(a, indicator);
        String deadline = DashboardTexts.year(t.deadlineYear());
        if (goal != null) {
            String goalText = texts.goalText(a, locale);
            int from =
                    judged.isEmpty() ? t.deadlineYear() : Math.min(judged.get(0).year(), t.deadlineYear());
            if (from < t.deadlineYear()) {
                lines.add(new ChartSpec.Line(
                        "",
                        ChartSpec.Line.THRESHOLD,
                        color,
                        List.of(
                                new ChartSpec.Point(from, goal, goalText),
                                new ChartSpec.Point(t.deadlineYear(), goal, goalText))));
            }
            lines.add(new ChartSpec.Line(
                    capitalise(goalText, locale),
                    ChartSpec.Line.TARGET,
                    color,
                    List.of(new ChartSpec.Point(t.deadlineYear(), goal, goalText))));
        }
        AttainmentResult r = a.result();
        // the projection joins the judged value to the trend line's value at the deadline: with two points that is
        // the fitted line itself, with more it ends where the fitted line ends (the rules publish no slope)
        if (r.projectedValue() != null && r.judgedYear() != null && r.judgedValue() != null) {
            String projected = texts.value(t.unitKind(), r.projectedValue(), locale);
            lines.add(new ChartSpec.Line(
                    texts.message("dashboard.chart.projectionLine", locale, deadline),
                    ChartSpec.Line.PROJECTION,
                    color,
                    List.of(
                            new ChartSpec.Point(
                                    r.judgedYear(),
                                    r.judgedValue(),
                                    texts.value(t.unitKind(), r.judgedValue(), locale)),
                            new ChartSpec.Point(t.deadlineYear(), r.projectedValue(), projected))));
            summary.add(texts.message("dashboard.chart.projection", locale, deadline, projected));
        }
        MethodChanges methodChanges = query.methodChanges();
        ChartSpec chart =
                texts.chart(indicator, lines, year, locale).withBreaks(methodChanges.of(t.indicatorCode()), locale);
        List<ChartSpec.Break> breaks =
                methodChanges
                        .within(
                                t.indicatorCode(),
                                points.stream().map(SeriesPoint::year).toList())
                        .stream()
                        .map(m -> new ChartSpec.Break(m.year(), m.note(locale)))
                        .toList();
        return new TargetDetail(
                a,
                document,
                indicator,
                name,
                color,
                year,
                rows,
                chart,
                texts.chartSummary(indicator, chart, summary, locale),
                breaks,
                attainment.calculation(a, locale));
    }

    private static String capitalise(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
