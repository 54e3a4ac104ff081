package vn.cchc.tracker.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
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
        Map<String, Map<String, SeriesPoint>> latest = query.latest(HeadlineValue.INDICATORS, year);
        latestComputed(latest, query.computedSeries(HeadlineValue.INDICATORS, year));
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
                Map<String, SeriesPoint> values = new HashMap<>();
                latest.getOrDefault(code.code(), Map.of()).forEach((indicator, point) -> {
                    if (unit.carriedCodeIn(point.year())) {
                        values.put(indicator, point);
                    }
                });
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
                        texts.headline(values, locale)));
            }
        }
        List<TargetAttainment> counted = all.stream()
                .filter(a -> carried.contains(a.target().provinceCode()))
                .toList();
        return new Overview(year, query.reformAreas(), rows, StatusCounts.of(counted));
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

    /**
     * A headline rank or group computed from the year's national table of scores takes the place of an older stored
     * one; a stored value of the same year is never replaced (the series hold it instead of a computed one).
     */
    private static void latestComputed(
            Map<String, Map<String, SeriesPoint>> latest, Map<String, Map<String, List<SeriesPoint>>> computed) {
        computed.forEach((code, byIndicator) -> byIndicator.forEach((indicator, points) -> {
            SeriesPoint last = points.get(points.size() - 1);
            Map<String, SeriesPoint> values = latest.computeIfAbsent(code, c -> new HashMap<>());
            SeriesPoint stored = values.get(indicator);
            if (last.computedStanding() && (stored == null || stored.year() < last.year())) {
                values.put(indicator, last);
            }
        }));
    }
}
