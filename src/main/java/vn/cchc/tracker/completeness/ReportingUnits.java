package vn.cchc.tracker.completeness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;

/**
 * Who reports a period and what is theirs. The units expected to report are those in force on the period's due date:
 * the 63 provinces for the first quarter and six months of 2025, the 34 units for its nine months and year. A unit's
 * goals and values are those of its series ({@link ProvinceUnits#seriesStart}), as attainment keys them: Huế reports
 * the goals Thừa Thiên Huế set; the Lâm Đồng formed on 01/07/2025 does not report the old Lâm Đồng's (the scorecard
 * lists those apart, as the goals of the units before the reorganisation).
 */
final class ReportingUnits {

    private final ProvinceUnits units;

    ReportingUnits(ProvinceUnits units) {
        this.units = units;
    }

    /** The units in force on the day, by code. */
    List<ProvinceUnit> inForceOn(LocalDate day) {
        List<ProvinceUnit> found = new ArrayList<>();
        for (ProvinceUnit unit : units.all()) {
            boolean started = unit.validFrom() == null || !unit.validFrom().isAfter(day);
            boolean notEnded = unit.validTo() == null || !unit.validTo().isBefore(day);
            if (started && notEnded) {
                found.add(unit);
            }
        }
        found.sort(Comparator.comparing(ProvinceUnit::code));
        return found;
    }

    /** The key of the unit's series. */
    long series(ProvinceUnit unit) {
        return units.seriesStart(unit).id();
    }

    /** The goals by series, each goal once, in the order given. */
    Map<Long, List<TargetAttainment>> goalsBySeries(List<TargetAttainment> evaluated) {
        Map<Long, List<TargetAttainment>> bySeries = new HashMap<>();
        for (TargetAttainment goal : TargetAttainment.goalsOnce(evaluated)) {
            units.byId(goal.target().unitId())
                    .ifPresent(unit -> bySeries.computeIfAbsent(series(unit), k -> new ArrayList<>())
                            .add(goal));
        }
        return bySeries;
    }

    /** Values keyed by unit id, merged by series. */
    Map<Long, Set<String>> bySeries(Map<Long, Set<String>> byUnit) {
        Map<Long, Set<String>> bySeries = new HashMap<>();
        byUnit.forEach((unitId, values) -> units.byId(unitId)
                .ifPresent(unit -> bySeries.computeIfAbsent(series(unit), k -> new HashSet<>())
                        .addAll(values)));
        return bySeries;
    }
}
