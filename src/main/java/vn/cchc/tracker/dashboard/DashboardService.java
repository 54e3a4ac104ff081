package vn.cchc.tracker.dashboard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.cchc.tracker.attainment.AttainmentExplainer;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.attainment.rules.StatusCounts;

/**
 * Builds the dashboards. Each page costs a fixed number of SQL statements whatever the amount of data: the
 * attainment of every target comes from {@link AttainmentService} (five statements, one when its inputs are kept), the rest from
 * {@link DashboardQuery} and one statement each for provinces and documents.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The published indices shown beside each province, in this order. */
    public static final List<String> HEADLINE_INDICATORS = HeadlineValue.INDICATORS;
    /** The indicator the comparison page opens on. */
    public static final String DEFAULT_INDICATOR = "SIPAS";

    private final DashboardQuery query;
    private final AttainmentService attainment;
    private final ProvinceService provinces;
    private final DocumentService documents;
    private final MessageSource messages;
    private final AttainmentExplainer explainer;

    DashboardService(DashboardQuery query, AttainmentService attainment, ProvinceService provinces,
                     DocumentService documents, MessageSource messages) {
        this.query = query;
        this.attainment = attainment;
        this.provinces = provinces;
        this.documents = documents;
        this.messages = messages;
        this.explainer = new AttainmentExplainer(messages);
    }

    // --- overview ---------------------------------------------------------------------------------------------

    public Overview overview(int year, Locale locale) {
        List<String> codes = query.trackedCodes();
        Map<String, ProvinceProfile> profiles = profilesByCode();
        List<TargetAttainment> all = attainment.evaluate(null, year, locale);
        StatusMatrix matrix = new StatusMatrix(all);
        Map<String, Map<String, SeriesPoint>> latest = query.latest(HEADLINE_INDICATORS, year);
        List<Overview.Row> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            rows.add(new Overview.Row(profiles.get(code), i, matrix.byArea(code), matrix.total(code),
                    headline(latest.getOrDefault(code, Map.of()), locale)));
        }
        return new Overview(year, query.reformAreas(), rows, StatusCounts.of(all));
    }

    // --- scorecard --------------------------------------------------------------------------------------------

    /**
     * @throws NotFoundException     for an unknown code
     * @throws BadParameterException when the filter names a document of another province or an unknown area
     */
    public Scorecard scorecard(String code, ScorecardFilter filter, int year, Locale locale) {
        ProvinceProfile profile = provinces.profile(code);
        List<Document> docs = documents.documentsOf(code);
        if (filter.documentId() != null && docs.stream().noneMatch(d -> d.getId().equals(filter.documentId()))) {
            throw new BadParameterException("document", "error.parameter.invalid", "document", String.valueOf(filter.documentId()));
        }
        List<ReformAreaInfo> allAreas = query.reformAreas();
        if (filter.areaCode() != null && allAreas.stream().noneMatch(a -> a.code().equals(filter.areaCode()))) {
            throw new BadParameterException("area", "error.parameter.invalid", "area", filter.areaCode());
        }
        List<TargetAttainment> all = attainment.evaluate(code, year, locale);
        Set<String> usedAreas = all.stream().map(a -> a.target().reformAreaCode()).collect(Collectors.toSet());
        List<ReformAreaInfo> areas = allAreas.stream().filter(a -> usedAreas.contains(a.code())).toList();
        Map<String, List<SeriesPoint>> series = query.series(code, null, year).getOrDefault(code, Map.of());
        Map<String, IndicatorInfo> indicators = indicatorsByCode();

        List<TargetAttainment> listed = filter.apply(all, locale);
        List<Scorecard.AreaGroup> groups = Scorecard.group(listed, areas, all,
                a -> trend(a, series.getOrDefault(a.target().indicatorCode(), List.of()),
                        indicators.get(a.target().indicatorCode()), locale));
        Map<String, SeriesPoint> latest = new LinkedHashMap<>();
        series.forEach((indicator, points) -> latest.put(indicator, points.get(points.size() - 1)));
        return new Scorecard(profile, docs, areas, year, filter, StatusCounts.of(filter.scope(all)), groups,
                listed.size(), all.size(), headline(latest, locale));
    }

    private Sparkline trend(TargetAttainment a, List<SeriesPoint> points, IndicatorInfo indicator, Locale locale) {
        List<Sparkline.Value> values = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (SeriesPoint p : points) {
            if (p.plotted() != null) {
                values.add(new Sparkline.Value(p.year(), p.plotted()));
            }
            words.add(p.year() + ": " + text(p, locale));
        }
        String description = words.isEmpty() ? message("dashboard.trend.none", locale)
                : message("dashboard.trend.values", locale, String.join("; ", words));
        return Sparkline.of(values, goal(a, indicator), a.target().unitKind() == UnitKind.RANK, description);
    }

    // --- comparison -------------------------------------------------------------------------------------------

    /**
     * @param indicatorCode  the indicator, or {@code null} for {@link #DEFAULT_INDICATOR}
     * @param requestedCodes the GSO codes to compare; empty for every tracked province
     * @throws BadParameterException for an unknown indicator or province code
     */
    public IndicatorComparison comparison(String indicatorCode, Collection<String> requestedCodes, int year, Locale locale) {
        String code = indicatorCode == null ? DEFAULT_INDICATOR : indicatorCode;
        List<IndicatorInfo> catalogue = query.indicators();
        IndicatorInfo indicator = catalogue.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new BadParameterException("indicator", "error.parameter.invalid", "indicator", code));
        List<String> tracked = query.trackedCodes();
        Map<String, ProvinceProfile> profiles = profilesByCode();
        Set<String> requested = new TreeSet<>(requestedCodes);
        for (String c : requested) {
            if (!profiles.containsKey(c)) {
                throw new BadParameterException("province", "error.parameter.province", c);
            }
        }
        // every tracked province, plus any other unit someone asked for by code
        List<String> offered = new ArrayList<>(new TreeSet<>(tracked));
        requested.stream().filter(c -> !offered.contains(c)).forEach(offered::add);
        Set<String> selected = requested.isEmpty() ? new LinkedHashSet<>(offered) : requested;
        Function<String, Integer> colour = c -> offered.indexOf(c);

        List<IndicatorComparison.Choice> choices = offered.stream().map(c -> {
            boolean on = selected.contains(c);
            List<String> toggled = new ArrayList<>(selected);
            if (on) {
                toggled.remove(c);
            } else {
                toggled.add(c);
            }
            toggled.sort(null);
            return new IndicatorComparison.Choice(c, name(profiles.get(c)), colour.apply(c), on,
                    on && toggled.isEmpty() ? null : toggled);
        }).toList();

        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        query.series(null, code, year).forEach((c, byIndicator) -> series.put(c, byIndicator.getOrDefault(code, List.of())));
        Map<String, List<TargetAttainment>> targets = attainment.evaluate(null, year, locale).stream()
                .filter(a -> a.target().indicatorCode().equals(code))
                .collect(Collectors.groupingBy(a -> a.target().provinceCode()));

        List<IndicatorComparison.Compared> compared = new ArrayList<>();
        List<ChartSpec.Line> lines = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        Set<Integer> years = new TreeSet<>();
        for (String c : selected.stream().sorted().toList()) {
            String name = name(profiles.get(c));
            int color = colour.apply(c);
            List<SeriesPoint> points = series.getOrDefault(c, List.of());
            Map<Integer, String> byYear = new LinkedHashMap<>();
            points.forEach(p -> byYear.put(p.year(), text(p, locale)));
            years.addAll(byYear.keySet());
            List<TargetAttainment> own = targets.getOrDefault(c, List.of());
            compared.add(new IndicatorComparison.Compared(c, name, color, byYear, own));
            if (!points.isEmpty()) {
                lines.add(new ChartSpec.Line(name, ChartSpec.Line.MEASURED, color, chartPoints(points, locale)));
            }
            List<ChartSpec.Point> goals = new ArrayList<>();
            for (TargetAttainment a : own) {
                BigDecimal goal = goal(a, indicator);
                if (goal != null) {
                    goals.add(new ChartSpec.Point(a.target().deadlineYear(), goal,
                            message("dashboard.chart.target", locale, a.thresholdText(), year(a.target().deadlineYear()))));
                }
            }
            if (!goals.isEmpty()) {
                lines.add(new ChartSpec.Line(message("dashboard.chart.targetLine", locale, name), ChartSpec.Line.TARGET,
                        color, goals));
            }
            summary.add(seriesSummary(name, points, own, locale));
        }
        ChartSpec chart = chart(indicator, lines, year, locale);
        String chartSummary = message("dashboard.chart.label", locale, indicator.name(locale),
                year(chart.xMin()), year(chart.xMax())) + " " + String.join(" ", summary);

        List<IndicatorComparison.MenuGroup> menu = new ArrayList<>();
        Map<String, List<IndicatorInfo>> byArea = catalogue.stream().filter(i -> i.inUse() || i.code().equals(code))
                .collect(Collectors.groupingBy(IndicatorInfo::reformAreaCode, LinkedHashMap::new, Collectors.toList()));
        for (ReformAreaInfo area : query.reformAreas()) {
            if (byArea.containsKey(area.code())) {
                List<IndicatorInfo> names = new ArrayList<>(byArea.get(area.code()));
                names.sort(Comparator.comparing(i -> i.name(locale), Collator.getInstance(locale)));
                menu.add(new IndicatorComparison.MenuGroup(area, names));
            }
        }
        return new IndicatorComparison(indicator, year, choices, compared, List.copyOf(years), chart, chartSummary, menu);
    }

    // --- target detail ----------------------------------------------------------------------------------------

    /** @throws NotFoundException for an unknown target id */
    public TargetDetail target(long id, int year, Locale locale) {
        String code = query.provinceCodeOfTarget(id)
                .orElseThrow(() -> new NotFoundException("error.target.notFound", id));
        TargetAttainment a = attainment.evaluate(code, year, locale).stream()
                .filter(t -> t.target().targetId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("error.target.notFound", id));
        TargetRow t = a.target();
        Document document = documents.document(t.documentId());
        IndicatorInfo indicator = indicatorsByCode().get(t.indicatorCode());
        ProvinceProfile profile = provinces.profile(code);
        int color = Math.max(0, query.trackedCodes().indexOf(code));
        List<SeriesPoint> points = query.series(code, t.indicatorCode(), EvaluationYears.LAST)
                .getOrDefault(code, Map.of()).getOrDefault(t.indicatorCode(), List.of());

        List<TargetDetail.MeasurementRow> rows = points.stream()
                .map(p -> new TargetDetail.MeasurementRow(p, text(p, locale), p.year() > year)).toList();
        List<SeriesPoint> judged = points.stream().filter(p -> p.year() <= year).toList();
        String name = name(profile);

        List<ChartSpec.Line> lines = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        summary.add(seriesSummary(name, judged, List.of(a), locale));
        if (!judged.isEmpty()) {
            lines.add(new ChartSpec.Line(name, ChartSpec.Line.MEASURED, color, chartPoints(judged, locale)));
        }
        BigDecimal goal = goal(a, indicator);
        String deadline = year(t.deadlineYear());
        if (goal != null) {
            String goalText = message("dashboard.chart.target", locale, a.thresholdText(), deadline);
            int from = judged.isEmpty() ? t.deadlineYear() : Math.min(judged.get(0).year(), t.deadlineYear());
            if (from < t.deadlineYear()) {
                lines.add(new ChartSpec.Line("", ChartSpec.Line.THRESHOLD, color,
                        List.of(new ChartSpec.Point(from, goal, goalText), new ChartSpec.Point(t.deadlineYear(), goal, goalText))));
            }
            lines.add(new ChartSpec.Line(capitalise(goalText, locale), ChartSpec.Line.TARGET, color,
                    List.of(new ChartSpec.Point(t.deadlineYear(), goal, goalText))));
        }
        AttainmentResult r = a.result();
        // the projection joins the judged value to the trend line's value at the deadline: with two points that is
        // the fitted line itself, with more it ends where the fitted line ends (the rules publish no slope)
        if (r.projectedValue() != null && r.judgedYear() != null && r.judgedValue() != null) {
            String projected = explainer.formatValue(t.unitKind(), r.projectedValue(), locale);
            lines.add(new ChartSpec.Line(message("dashboard.chart.projectionLine", locale, deadline), ChartSpec.Line.PROJECTION,
                    color, List.of(
                    new ChartSpec.Point(r.judgedYear(), r.judgedValue(), explainer.formatValue(t.unitKind(), r.judgedValue(), locale)),
                    new ChartSpec.Point(t.deadlineYear(), r.projectedValue(), projected))));
            summary.add(message("dashboard.chart.projection", locale, deadline, projected));
        }
        ChartSpec chart = chart(indicator, lines, year, locale);
        String chartSummary = message("dashboard.chart.label", locale, indicator.name(locale),
                year(chart.xMin()), year(chart.xMax())) + " " + String.join(" ", summary);
        return new TargetDetail(a, document, indicator, name, color, year, rows, chart, chartSummary);
    }

    // --- shared -----------------------------------------------------------------------------------------------

    private List<HeadlineValue> headline(Map<String, SeriesPoint> latest, Locale locale) {
        return HEADLINE_INDICATORS.stream().map(code -> {
            SeriesPoint p = latest.get(code);
            return p == null ? new HeadlineValue(code, null, null) : new HeadlineValue(code, text(p, locale), p.year());
        }).toList();
    }

    /** A measured value as the reader writes it: "81,21%", "hạng 12", or the group level's name. */
    String text(SeriesPoint p, Locale locale) {
        if (p.number() != null) {
            return explainer.formatValue(p.unitKind(), p.number(), locale);
        }
        return Languages.isEnglish(locale) && p.levelEn() != null ? p.levelEn() : p.level();
    }

    private List<ChartSpec.Point> chartPoints(List<SeriesPoint> points, Locale locale) {
        return points.stream().filter(p -> p.plotted() != null)
                .map(p -> new ChartSpec.Point(p.year(), p.plotted(), text(p, locale))).toList();
    }

    /** The value a target aims at, as plotted: the threshold, the reduced baseline, or the level's position. */
    static BigDecimal goal(TargetAttainment a, IndicatorInfo indicator) {
        TargetRow t = a.target();
        if (t.comparison() == Comparison.GROUP_AT_LEAST) {
            int position = indicator == null ? 0 : indicator.positionOf(t.thresholdLevel());
            return position > 0 ? BigDecimal.valueOf(position) : null;
        }
        if (t.comparison() == Comparison.REDUCE_BY_PERCENT) {
            return a.result().explanation().goal(); // known only once the baseline year is measured
        }
        return t.thresholdValue();
    }

    private ChartSpec chart(IndicatorInfo indicator, List<ChartSpec.Line> lines, int year, Locale locale) {
        int xMin = lines.stream().flatMap(l -> l.points().stream()).mapToInt(ChartSpec.Point::x).min().orElse(year);
        int xMax = lines.stream().flatMap(l -> l.points().stream()).mapToInt(ChartSpec.Point::x).max().orElse(year);
        if (xMin == xMax) { // one year (or none): give the point some room
            xMin--;
            xMax++;
        }
        String lang = Languages.isEnglish(locale) ? "en" : "vi";
        String axis = message("dashboard.chart.axis." + indicator.unitKind().name(), locale);
        return switch (indicator.unitKind()) {
            case RANK -> new ChartSpec(ChartSpec.RANK, lang, "", BigDecimal.ONE, indicator.maxValue(), List.of(),
                    xMin, xMax, lines, axis);
            case GROUP -> new ChartSpec(ChartSpec.GROUP, lang, "", BigDecimal.ONE, BigDecimal.valueOf(indicator.levels().size()),
                    indicator.levelNames(locale), xMin, xMax, lines, axis);
            default -> new ChartSpec(ChartSpec.NUMBER, lang, indicator.unitKind().getSuffix(), null, null, List.of(),
                    xMin, xMax, lines, axis);
        };
    }

    /** "Đắk Nông: 80,09% (2022), 81,21% (2023); mục tiêu ≥ 90% năm 2025." */
    private String seriesSummary(String name, List<SeriesPoint> points, List<TargetAttainment> targets, Locale locale) {
        String values = points.isEmpty() ? message("dashboard.chart.noValues", locale)
                : points.stream().map(p -> text(p, locale) + " (" + p.year() + ")").collect(Collectors.joining(", "));
        StringBuilder sb = new StringBuilder(name).append(": ").append(values);
        List<String> goals = targets.stream()
                .map(a -> message("dashboard.chart.target", locale, a.thresholdText(), year(a.target().deadlineYear())))
                .distinct().toList();
        if (!goals.isEmpty()) {
            sb.append("; ").append(String.join(", ", goals));
        }
        return sb.append('.').toString();
    }

    private Map<String, ProvinceProfile> profilesByCode() {
        Map<String, ProvinceProfile> byCode = new LinkedHashMap<>();
        provinces.profiles().forEach(p -> byCode.put(p.code(), p));
        return byCode;
    }

    private Map<String, IndicatorInfo> indicatorsByCode() {
        Map<String, IndicatorInfo> byCode = new LinkedHashMap<>();
        query.indicators().forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    private static String name(ProvinceProfile profile) {
        return profile.current().getNameVi();
    }

    private static String capitalise(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static String year(int year) {
        return Integer.toString(year); // never through MessageFormat: 2025 must not become "2,025"
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
