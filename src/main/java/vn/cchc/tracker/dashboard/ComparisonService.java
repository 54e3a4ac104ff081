package vn.cchc.tracker.dashboard;

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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.indicator.MethodChanges;
import vn.cchc.tracker.indicator.NationalRanking;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.BadParameterException;

/** One indicator across provinces over the years: the chart, its table and the choices of indicator and provinces. */
@Service
@Transactional(readOnly = true)
public class ComparisonService {

    /** The indicator the comparison page opens on. */
    static final String DEFAULT_INDICATOR = "SIPAS";

    private final DashboardQuery query;
    private final AttainmentService attainment;
    private final ProvinceService provinces;
    private final DashboardTexts texts;

    ComparisonService(
            DashboardQuery query, AttainmentService attainment, ProvinceService provinces, DashboardTexts texts) {
        this.query = query;
        this.attainment = attainment;
        this.provinces = provinces;
        this.texts = texts;
    }

    /**
     * @param indicatorCode  the indicator, or {@code null} for {@link #DEFAULT_INDICATOR}
     * @param requestedCodes the GSO codes to compare; empty for the default ({@link ComparisonOpening}): the
     *                       reader's own provinces, else a handful of the tracked ones (never all of them)
     * @param ownCodes       the provinces of the signed-in reader (empty for anyone else)
     * @param sort           the ranking table's order, one of {@link RankingTable#SORTS} (anything else: by rank)
     * @throws BadParameterException for an unknown indicator or province code
     */
    public IndicatorComparison comparison(
            String indicatorCode,
            Collection<String> requestedCodes,
            Collection<String> ownCodes,
            int year,
            String sort,
            Locale locale) {
        String code = indicatorCode == null ? DEFAULT_INDICATOR : indicatorCode;
        List<IndicatorInfo> catalogue = query.indicators();
        IndicatorInfo indicator = catalogue.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(
                        () -> new BadParameterException("indicator", "error.parameter.invalid", "indicator", code));
        List<String> tracked = query.trackedCodes();
        Map<String, ProvinceProfile> profiles = provinces.profiles().stream()
                .map(p -> p.inYear(year))
                .collect(Collectors.toMap(ProvinceProfile::code, Function.identity()));
        Set<String> requested = new TreeSet<>(requestedCodes);
        for (String c : requested) {
            if (!profiles.containsKey(c)) {
                throw new BadParameterException("province", "error.parameter.province", c);
            }
        }
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        query.series(null, code, year)
                .forEach((c, byIndicator) -> series.put(c, byIndicator.getOrDefault(code, List.of())));
        // the units of the year, as /provinces?year= lists them (in 2026 the 34, not the 63 of the PCI tables
        // 2017–2020): every province with documents, then every other unit with values of the indicator (the
        // national tables), then the reader's own provinces; the selection stays offered so it can be changed. The
        // page opens on the reader's own provinces, else on those with documents. The search and the regions offer
        // these choices and no others.
        Set<String> ofYear = profiles.values().stream()
                .filter(p -> p.units().stream().anyMatch(u -> u.existedIn(year)))
                .map(ProvinceProfile::code)
                .collect(Collectors.toSet());
        List<String> readers = ownCodes.stream()
                .filter(profiles::containsKey)
                .filter(ofYear::contains)
                .sorted()
                .toList();
        Map<String, List<TargetAttainment>> targets = attainment.evaluate(null, year, locale).stream()
                .filter(a -> a.target().indicatorCode().equals(code))
                .collect(Collectors.groupingBy(a -> a.target().provinceCode()));
        Predicate<String> hasValues = c -> !series.getOrDefault(c, List.of()).isEmpty();
        Set<String> selected = !requested.isEmpty()
                ? requested
                : new LinkedHashSet<>(ComparisonOpening.provinces(readers, tracked, targets::containsKey, hasValues));
        List<String> offered = new ArrayList<>(
                new TreeSet<>(tracked).stream().filter(ofYear::contains).toList());
        new TreeSet<>(series.keySet())
                .stream()
                        .filter(c -> !series.get(c).isEmpty() && ofYear.contains(c) && !offered.contains(c))
                        .forEach(offered::add);
        readers.stream().filter(c -> !offered.contains(c)).forEach(offered::add);
        new TreeSet<>(selected).stream().filter(c -> !offered.contains(c)).forEach(offered::add);
        List<String> selectedInOrder = selected.stream().sorted().toList();
        List<String> withData = new TreeSet<>(series.keySet())
                .stream()
                        .filter(c -> !series.get(c).isEmpty() && ofYear.contains(c))
                        .toList();
        // colours by place among the compared provinces: a handful of distinct colours, whatever is offered
        Function<String, Integer> colour = c -> Math.max(0, selectedInOrder.indexOf(c));

        List<IndicatorComparison.Choice> choices = offered.stream()
                .map(c -> {
                    boolean on = selected.contains(c);
                    List<String> toggled = new ArrayList<>(selected);
                    if (on) {
                        toggled.remove(c);
                    } else {
                        toggled.add(c);
                    }
                    toggled.sort(null);
                    return new IndicatorComparison.Choice(
                            c,
                            DashboardTexts.name(profiles.get(c)),
                            colour.apply(c),
                            on,
                            on && toggled.isEmpty() ? null : toggled);
                })
                .toList();

        NationalContext national = NationalContext.of(indicator, series.values());
        List<IndicatorComparison.Compared> compared = new ArrayList<>();
        List<ChartSpec.Line> lines = new ArrayList<>(bandLines(national, indicator, locale));
        List<String> summary = new ArrayList<>();
        Set<Integer> years = new TreeSet<>();
        for (String c : selectedInOrder) {
            String name = DashboardTexts.name(profiles.get(c));
            int color = colour.apply(c);
            List<SeriesPoint> points = series.getOrDefault(c, List.of());
            Map<Integer, String> byYear = new LinkedHashMap<>();
            Map<Integer, SeriesPoint> pointByYear = new LinkedHashMap<>();
            Map<Integer, String> rankByYear = new LinkedHashMap<>();
            points.forEach(p -> {
                byYear.put(p.year(), texts.text(p, locale));
                pointByYear.put(p.year(), p);
                NationalRanking table = national.in(p.year());
                if (table != null && p.number() != null) {
                    table.rankOf(p.number())
                            .ifPresent(r -> rankByYear.put(
                                    p.year(), texts.message("dashboard.compare.rankOf", locale, r, table.scored())));
                }
            });
            years.addAll(byYear.keySet());
            List<TargetAttainment> own = targets.getOrDefault(c, List.of());
            compared.add(new IndicatorComparison.Compared(c, name, color, byYear, own, pointByYear, rankByYear));
            if (!points.isEmpty()) {
                lines.add(new ChartSpec.Line(name, ChartSpec.Line.MEASURED, color, texts.chartPoints(points, locale)));
            }
            List<ChartSpec.Point> goals = new ArrayList<>();
            for (TargetAttainment a : own) {
                BigDecimal goal = ChartSpec.goal(a, indicator);
                if (goal != null) {
                    goals.add(new ChartSpec.Point(a.target().deadlineYear(), goal, texts.goalText(a, locale)));
                }
            }
            if (!goals.isEmpty()) {
                lines.add(new ChartSpec.Line(
                        texts.message("dashboard.chart.targetLine", locale, name),
                        ChartSpec.Line.TARGET,
                        color,
                        goals));
            }
            summary.add(texts.seriesSummary(name, points, own, locale));
        }
        MethodChanges methodChanges = query.methodChanges();
        Function<String, String> nameOf = c -> profiles.containsKey(c) ? DashboardTexts.name(profiles.get(c)) : c;
        RankingTable ranking = RankingTable.of(
                national,
                series,
                nameOf,
                selected,
                year,
                y -> methodChanges.of(code).stream().anyMatch(m -> m.year() == y),
                sort,
                p -> texts.text(p, locale),
                locale);
        ChartSpec chart = texts.chart(indicator, lines, year, locale).withBreaks(methodChanges.of(code), locale);
        List<ChartSpec.Break> tableBreaks = methodChanges.within(code, years).stream()
                .map(m -> new ChartSpec.Break(m.year(), m.note(locale)))
                .toList();
        Map<Integer, String> nationalByYear = new LinkedHashMap<>();
        for (int y : years) {
            NationalRanking table = national.in(y);
            if (table != null) {
                nationalByYear.put(
                        y,
                        texts.message(
                                "dashboard.compare.national",
                                locale,
                                table.scored(),
                                texts.value(indicator.unitKind(), table.median().orElseThrow(), locale),
                                texts.value(indicator.unitKind(), table.best().orElseThrow(), locale),
                                texts.value(indicator.unitKind(), table.worst().orElseThrow(), locale)));
            }
        }
        return new IndicatorComparison(
                indicator,
                year,
                choices,
                compared,
                List.copyOf(years),
                chart,
                texts.chartSummary(indicator, chart, summary, locale),
                menu(catalogue, code, locale),
                tableBreaks,
                nationalByYear,
                withData.size() > selected.size() ? withData : List.of(),
                ranking,
                regionGroups(choices, withData));
    }

    /** The offered provinces by socio-economic region, each region with the codes that have values (a quick group). */
    private static List<IndicatorComparison.RegionGroup> regionGroups(
            List<IndicatorComparison.Choice> choices, List<String> withData) {
        Map<String, IndicatorComparison.Choice> byCode = choices.stream()
                .collect(Collectors.toMap(IndicatorComparison.Choice::code, Function.identity(), (a, b) -> a));
        List<IndicatorComparison.RegionGroup> groups = new ArrayList<>();
        Regions.shipped().group(byCode.keySet().stream().sorted().toList()).forEach((region, codes) -> {
            List<IndicatorComparison.Choice> members = codes.stream()
                    .map(byCode::get)
                    .sorted(Comparator.comparing(
                            IndicatorComparison.Choice::name, Collator.getInstance(new Locale("vi"))))
                    .toList();
            List<String> quick = codes.stream().filter(withData::contains).toList();
            groups.add(new IndicatorComparison.RegionGroup(region, members, quick));
        });
        return groups;
    }

    /**
     * The national distribution drawn as a band behind the provinces: the interquartile range filled, the median,
     * and the best and worst, for every year whose table is complete enough.
     */
    private List<ChartSpec.Line> bandLines(NationalContext national, IndicatorInfo indicator, Locale locale) {
        List<NationalContext.Band> bands = national.bands();
        if (bands.isEmpty()) {
            return List.of();
        }
        Function<Function<NationalContext.Band, BigDecimal>, List<ChartSpec.Point>> points = f -> bands.stream()
                .map(b -> new ChartSpec.Point(
                        b.year(), f.apply(b), texts.value(indicator.unitKind(), f.apply(b), locale)))
                .toList();
        // the lower quartile just before the upper one: the chart fills between the two
        return List.of(
                band("worst", ChartSpec.Line.NATIONAL_WORST, points.apply(NationalContext.Band::worst), locale),
                band("q1", ChartSpec.Line.NATIONAL_Q1, points.apply(NationalContext.Band::q1), locale),
                band("q3", ChartSpec.Line.NATIONAL_Q3, points.apply(NationalContext.Band::q3), locale),
                band("median", ChartSpec.Line.NATIONAL_MEDIAN, points.apply(NationalContext.Band::median), locale),
                band("best", ChartSpec.Line.NATIONAL_BEST, points.apply(NationalContext.Band::best), locale));
    }

    private ChartSpec.Line band(String part, String role, List<ChartSpec.Point> points, Locale locale) {
        return new ChartSpec.Line(texts.message("dashboard.compare.band." + part, locale), role, 0, points);
    }

    /** The indicators worth comparing (in use, or the one shown), by reform area, by name in the reader's language. */
    private List<IndicatorComparison.MenuGroup> menu(List<IndicatorInfo> catalogue, String shown, Locale locale) {
        List<IndicatorComparison.MenuGroup> menu = new ArrayList<>();
        Map<String, List<IndicatorInfo>> byArea = catalogue.stream()
                .filter(i -> i.inUse() || i.code().equals(shown))
                .collect(Collectors.groupingBy(IndicatorInfo::reformAreaCode, LinkedHashMap::new, Collectors.toList()));
        for (ReformAreaInfo area : query.reformAreas()) {
            if (byArea.containsKey(area.code())) {
                List<IndicatorInfo> names = new ArrayList<>(byArea.get(area.code()));
                names.sort(Comparator.comparing(i -> i.name(locale), Collator.getInstance(locale)));
                menu.add(new IndicatorComparison.MenuGroup(area, names));
            }
        }
        return menu;
    }
}
