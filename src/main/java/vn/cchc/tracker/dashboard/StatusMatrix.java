package vn.cchc.tracker.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;

/** Counts target statuses by GSO code and reform area. */
public final class StatusMatrix {

    private final Map<String, Map<String, StatusCounts>> cells = new HashMap<>();
    private final Map<String, StatusCounts> totals = new HashMap<>();

    public StatusMatrix(List<TargetAttainment> attainments) {
        for (TargetAttainment a : attainments) {
            String code = a.target().provinceCode();
            cells.computeIfAbsent(code, k -> new HashMap<>())
                    .computeIfAbsent(a.target().reformAreaCode(), k -> StatusCounts.empty())
                    .add(a);
            totals.computeIfAbsent(code, k -> StatusCounts.empty()).add(a);
        }
    }

    /** Counts by reform area code of one province (no entry for areas without targets). */
    public Map<String, StatusCounts> byArea(String provinceCode) {
        return Map.copyOf(cells.getOrDefault(provinceCode, Map.of()));
    }

    public StatusCounts total(String provinceCode) {
        return totals.getOrDefault(provinceCode, StatusCounts.empty());
    }
}
