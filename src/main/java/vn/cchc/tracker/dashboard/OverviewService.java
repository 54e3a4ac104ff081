package vn.cchc.tracker.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.UnitHistory;

/**
 * The home page: every tracked province's target statuses by reform area and its headline indices. A fixed number
 * of SQL statements whatever the amount of data: the attainment of every target comes from
 * {@link AttainmentService} (five statements, one when its inputs are kept), the rest from {@link DashboardQuery}
 * and one statement for the provinces.
 */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    private final DashboardQuery query;
    private final AttainmentService attainment;
    private final ProvinceService provinces;
    private final DashboardTexts texts;

    OverviewService(
            DashboardQuery query, AttainmentService attainment, ProvinceService provinces, DashboardTexts texts) {
        this.query = query;
        this.attainment = attainment;
        this.provinces = provinces;
        this.texts = texts;
    }

    /**
     * Every unit that existed in the year, by code, older first: in 2026 the 34 units, in 2025 also those that ended
     * on 30/06/2025 (each with how it went on). A code's targets and headline values count for the unit that carried
     * the code in the year; a headline value from before a unit began, or after an ended one stopped carrying its
     * code, is not shown as that unit's.
     */
    public Overview overview(int year, Locale locale) {
        List<String> codes = query.trackedCodes();
        List<ProvinceProfile> profiles = provinces.profiles();
        List<TargetAttainment> all = attainment.evaluate(null, year, locale);
        StatusMatrix matrix = new StatusMatrix(all);
        Standings standings = standings(year);
        List<Overview.Row> rows = new ArrayList<>();
        Set<String> carried = new HashSet<>();
        // nothing tracked yet: the page says so rather than list empty rows
        for (ProvinceProfile code : codes.isEmpty() ? List.<ProvinceProfile>of() : profiles) {
            ProvinceProfile inYear = code.inYear(year);
            for (Province unit : code.units()) {
                if (!unit.existedIn(year)) {
                    continue;
                }
                boolean carrier = unit.getId().equals(inYear.current().getId());
                boolean ended = unit.getValidTo() != null && unit.getValidTo().getYear() == year;
                int linkYear = carrier || unit.lastYearCarried() == null ? year : unit.lastYearCarried();
                if (carrier) {
                    carried.add(code.code());
                }
                rows.add(new Overview.Row(
                        inYear,
                        unit,
                        ended ? UnitHistory.ending(code, unit) : null,
                        linkYear,
                        codes.indexOf(code.code()),
                        carrier ? matrix.byArea(code.code()) : Map.of(),
                        carrier ? matrix.total(code.code()) : StatusCounts.empty(),
                        standings.of(code.code(), unit, year, p -> texts.text(p, locale))));
            }
        }
        List<TargetAttainment> counted = all.stream()
                .filter(a -> carried.contains(a.target().provinceCode()))
                .toList();
        Map<String, StatusCounts> byArea = new HashMap<>();
        counted.forEach(a -> byArea.computeIfAbsent(a.target().reformAreaCode(), k -> StatusCounts.empty())
                .add(a));
        return new Overview(year, query.reformAreas(), rows, StatusCounts.of(counted), Map.copyOf(byArea));
    }

    /**
     * Every unit's headline scores and stored ranks up to the year (one statement, and one for the catalogue), and
     * the scores' national tables: the comparison's ranking ({@link NationalContext}).
     */
    private Standings standings(int year) {
        List<String> codes = new ArrayList<>();
        ComputedStandings.PAIRS.forEach(p -> {
            codes.add(p.scoreCode());
            codes.add(p.rankCode());
        });
        Map<String, Map<String, List<SeriesPoint>>> series = query.storedSeries(codes, year);
        IndicatorCatalogue catalogue = query.catalogue();
        Map<String, NationalContext> national = new HashMap<>();
        for (ComputedStandings.Pair pair : ComputedStandings.PAIRS) {
            List<List<SeriesPoint>> scores = series.values().stream()
                    .map(byIndicator -> byIndicator.getOrDefault(pair.scoreCode(), List.of()))
                    .toList();
            national.put(
                    pair.scoreCode(),
                    catalogue
                            .find(pair.scoreCode())
                            .map(i -> NationalContext.of(i.unitKind(), i.direction(), scores))
                            .orElse(NationalContext.of(UnitKind.RANK, Direction.LOWER_IS_BETTER, List.of())));
        }
        return new Standings(series, national);
    }

    /** The headline scores and ranks of every unit, and the scores' national tables. */
    private record Standings(
            Map<String, Map<String, List<SeriesPoint>>> series, Map<String, NationalContext> national) {

        /**
         * A unit's standings: a value from before the unit began, or after an ended one stopped carrying its code,
         * is not the unit's.
         */
        List<HeadlineStanding> of(String code, Province unit, int year, Function<SeriesPoint, String> text) {
            Map<String, List<SeriesPoint>> own = series.getOrDefault(code, Map.of());
            return ComputedStandings.PAIRS.stream()
                    .map(pair -> HeadlineStanding.of(
                            pair,
                            national.get(pair.scoreCode()),
                            carried(own.get(pair.scoreCode()), unit),
                            carried(own.get(pair.rankCode()), unit),
                            year,
                            text))
                    .toList();
        }

        private static List<SeriesPoint> carried(List<SeriesPoint> points, Province unit) {
            return points == null
                    ? List.of()
                    : points.stream().filter(p -> unit.carriedCodeIn(p.year())).toList();
        }
    }

    /**
     * The overview as the compact table, sorted and filtered as asked.
     *
     * @throws vn.cchc.tracker.support.BadParameterException for an unknown region
     */
    public OverviewTable table(Overview overview, String sort, String region, Locale locale) {
        return OverviewTable.of(overview, sort, region, Regions.shipped(), locale);
    }

    /**
     * The goals of units that ended into a unit existing in the year, under their successors (the overview's section
     * "targets of the units before the reorganisation"); none, and no statement, before the first merger.
     */
    public List<AttainmentService.PredecessorGoal> predecessorGoals(Overview overview, Locale locale) {
        List<ProvinceProfile> profiles =
                overview.rows().stream().map(Overview.Row::profile).toList();
        return PredecessorUnits.anyEndedInto(profiles, overview.year())
                ? attainment.predecessorGoals(null, overview.year(), locale)
                : List.of();
    }
}
