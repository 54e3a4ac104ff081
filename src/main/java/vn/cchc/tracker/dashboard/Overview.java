package vn.cchc.tracker.dashboard;

import java.util.List;
import java.util.Map;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.province.UnitHistory;

/**
 * The home page: for one year, the provinces × reform areas matrix of goal statuses, and each province's
 * headline indices.
 *
 * @param totals         every counted goal of the year (the units that carried their code), by status
 * @param nationalByArea the same by reform area code (no entry for an area without goals)
 */
public record Overview(
        int year,
        List<ReformAreaInfo> areas,
        List<Row> rows,
        StatusCounts totals,
        Map<String, StatusCounts> nationalByArea) {

    /**
     * One unit that existed in the year: status counts per reform area code and overall, and its headline indices.
     * Under a code two units can exist in one year (Bình Định until 30/06/2025, Gia Lai from 01/07/2025): the code's
     * targets and results count for the one that carried the code in the year ({@link ProvinceUnits#inYear}).
     *
     * @param profile the unit's code, showing the unit that carried it in the year
     * @param unit    the unit of this row
     * @param ending  how the unit went on, when it ended within the year; {@code null} otherwise
     * @param linkYear the year its page opens on: the overview's, or the last year an ended unit carried its code
     * @param color   the province's palette index, the same on every dashboard
     */
    public record Row(
            ProvinceProfile profile,
            Province unit,
            UnitHistory.Line ending,
            int linkYear,
            int color,
            Map<String, StatusCounts> byArea,
            StatusCounts total,
            List<HeadlineStanding> standings) {

        /** Whether the unit began within the year (from 01/07/2025 …). */
        public boolean began() {
            return unit.getValidFrom() != null && unit.getValidFrom().getYear() == linkYear;
        }

        /** Whether the unit has goals of its own counted in the year. */
        public boolean hasGoals() {
            return total.total() > 0;
        }

        /** The counts of one reform area (all zero when the province has no target there). */
        public StatusCounts cell(String areaCode) {
            return byArea.getOrDefault(areaCode, StatusCounts.empty());
        }
    }
}
