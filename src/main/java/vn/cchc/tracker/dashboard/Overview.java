package vn.cchc.tracker.dashboard;

import java.util.List;
import java.util.Map;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.province.ProvinceProfile;

/**
 * The home page: for one year, the provinces × reform areas matrix of target statuses, and each province's
 * headline indices.
 */
public record Overview(int year, List<ReformAreaInfo> areas, List<Row> rows, StatusCounts totals) {

    /**
     * One province: status counts per reform area code and overall, and its headline indices.
     *
     * @param color the province's palette index, the same on every dashboard
     */
    public record Row(
            ProvinceProfile profile,
            int color,
            Map<String, StatusCounts> byArea,
            StatusCounts total,
            List<HeadlineValue> headline) {

        /** The counts of one reform area (all zero when the province has no target there). */
        public StatusCounts cell(String areaCode) {
            return byArea.getOrDefault(areaCode, StatusCounts.empty());
        }

        /** The headline indices grouped in the columns of {@link HeadlineValue#COLUMNS}. */
        public List<List<HeadlineValue>> headlineColumns() {
            return HeadlineValue.COLUMNS.stream()
                    .map(codes -> headline.stream()
                            .filter(h -> codes.contains(h.indicatorCode()))
                            .toList())
                    .toList();
        }
    }
}
