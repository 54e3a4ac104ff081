package vn.cchc.tracker.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.NotFoundException;

/** A province's scorecard: its targets by reform area and document, filtered and sorted, with trend lines. */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    private final DashboardQuery query;
    private final AttainmentService attainment;
    private final ProvinceService provinces;
    private final DocumentService documents;
    private final DashboardTexts texts;

    ScorecardService(
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

    /**
     * What the page's CSV, XLSX and PDF exports list ({@link Scorecard#listed()}): every target the page's filter
     * lists, on one page, so they cannot disagree with the page's pages.
     *
     * @throws NotFoundException     for an unknown code
     * @throws BadParameterException when the filter names a document of another province or an unknown area
     */
    public Scorecard scorecard(String code, ScorecardFilter filter, int year, Locale locale) {
        return scorecard(code, filter, ScorecardPage::all, year, locale);
    }

    /**
     * The province page: one page ({@link ScorecardPage}, {@code null} for the first) of the targets its filter lists.
     *
     * @throws NotFoundException     for an unknown code
     * @throws BadParameterException when the filter names a document of another province or an unknown area
     */
    public Scorecard scorecard(String code, ScorecardFilter filter, Integer page, int year, Locale locale) {
        return scorecard(code, filter, count -> ScorecardPage.of(page, count), year, locale);
    }

    private Scorecard scorecard(
            String code, ScorecardFilter filter, IntFunction<ScorecardPage> paging, int year, Locale locale) {
        // the unit that carried the code in the year: /provinces/52?year=2024 is Bình Định, in 2026 Gia Lai
        ProvinceProfile profile = provinces.profile(code).inYear(year);
        List<Document> docs = documents.documentsOf(code);
        if (filter.documentId() != null
                && docs.stream().noneMatch(d -> d.getId().equals(filter.documentId()))) {
            throw ScorecardForm.invalid("document", String.valueOf(filter.documentId()));
        }
        List<ReformAreaInfo> allAreas = query.reformAreas();
        if (filter.areaCode() != null
                && allAreas.stream().noneMatch(a -> a.code().equals(filter.areaCode()))) {
            throw ScorecardForm.invalid("area", filter.areaCode());
        }
        List<AttainmentService.PredecessorGoal> predecessors = PredecessorUnits.anyEndedInto(profile, year)
                ? attainment.predecessorGoals(code, year, locale)
                : List.of();
        Set<Long> predecessorTargets = new java.util.HashSet<>();
        predecessors.forEach(p -> p.attainment().goalTargets().forEach(t -> predecessorTargets.add(t.targetId())));
        // rule 8: a goal several documents set is listed, counted and exported once, with all its documents; a goal of
        // an earlier unit under the same code (the old Lâm Đồng) is in the predecessors' section, not among these
        List<TargetAttainment> all = TargetAttainment.goalsOnce(attainment.evaluate(code, year, locale)).stream()
                .filter(a -> !predecessorTargets.contains(a.target().targetId()))
                .toList();
        Set<String> usedAreas =
                all.stream().map(a -> a.target().reformAreaCode()).collect(Collectors.toSet());
        List<ReformAreaInfo> areas =
                allAreas.stream().filter(a -> usedAreas.contains(a.code())).toList();
        // the unit's series (ranks and groups computed from national tables filled in) and the national tables
        Map<String, Map<String, List<SeriesPoint>>> nation = query.seriesInNation(code, year);
        Map<String, List<SeriesPoint>> series = nation.getOrDefault(code, Map.of());
        Map<String, IndicatorInfo> indicators = query.indicatorsByCode();

        List<TargetAttainment> listed = filter.apply(all, locale);
        // the page's order over all pages (area, document, sort), then only the shown page's rows get a trend line
        List<Scorecard.AreaGroup> whole = Scorecard.group(listed, areas, all, a -> null);
        ScorecardPage page = paging.apply(listed.size());
        List<Scorecard.AreaGroup> groups = Scorecard.paged(
                whole,
                page,
                a -> trend(
                        a,
                        series.getOrDefault(a.target().indicatorCode(), List.of()),
                        indicators.get(a.target().indicatorCode()),
                        locale));
        Map<String, SeriesPoint> latest = new LinkedHashMap<>();
        // the headline shows this unit's values, not those of an earlier unit under the code
        series.forEach((indicator, points) -> {
            SeriesPoint last = points.get(points.size() - 1);
            if (profile.current().carriedCodeIn(last.year())) {
                latest.put(indicator, last);
            }
        });
        return new Scorecard(
                profile,
                docs,
                areas,
                year,
                filter,
                StatusCounts.of(filter.scope(all)),
                groups,
                page,
                Scorecard.summary(whole, page::pageOf),
                listed.size(),
                all.size(),
                texts.headline(latest, national(nation, series, latest, indicators, locale), locale),
                predecessors);
    }

    /** Each headline value's place in its year's national table (of the score a rank or group comes from). */
    private Map<String, String> national(
            Map<String, Map<String, List<SeriesPoint>>> nation,
            Map<String, List<SeriesPoint>> own,
            Map<String, SeriesPoint> latest,
            Map<String, IndicatorInfo> indicators,
            Locale locale) {
        Map<String, String> national = new HashMap<>();
        latest.forEach((indicator, point) -> {
            String tableCode = ComputedStandings.pairOf(indicator)
                    .map(ComputedStandings.Pair::scoreCode)
                    .orElse(indicator);
            IndicatorInfo table = indicators.get(tableCode);
            NationalContext tables = NationalContext.of(
                    table,
                    nation.values().stream()
                            .map(byIndicator -> byIndicator.getOrDefault(tableCode, List.of()))
                            .toList());
            SeriesPoint score = own.getOrDefault(tableCode, List.of()).stream()
                    .filter(p -> p.year() == point.year())
                    .findFirst()
                    .orElse(null);
            String text =
                    texts.nationalContext(table, !tableCode.equals(indicator), tables.in(point.year()), score, locale);
            if (text != null) {
                national.put(indicator, text);
            }
        });
        return national;
    }

    private Sparkline trend(TargetAttainment a, List<SeriesPoint> points, IndicatorInfo indicator, Locale locale) {
        List<Sparkline.Value> values = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (SeriesPoint p : points) {
            if (p.plotted() != null) {
                values.add(new Sparkline.Value(p.year(), p.plotted()));
            }
            words.add(p.year() + ": " + texts.text(p, locale));
        }
        String description = words.isEmpty()
                ? texts.message("dashboard.trend.none", locale)
                : texts.message("dashboard.trend.values", locale, String.join("; ", words));
        return Sparkline.of(values, ChartSpec.goal(a, indicator), a.target().unitKind() == UnitKind.RANK, description);
    }
}
