package vn.cchc.tracker.dashboard;

import java.util.List;
import java.util.Map;
import vn.cchc.tracker.attainment.rules.TargetAttainment;

/**
 * One indicator across provinces over the years: the chart, the same numbers as a table, and the choices of
 * indicator and provinces.
 *
 * @param choices      every tracked province with whether it is compared
 * @param provinces    the compared provinces, in code order
 * @param years        the years that have a measurement of a compared province (table columns)
 * @param menu         the indicators worth comparing, by reform area
 * @param breaks       changes of method between the table's years: its columns are not comparable across them
 * @param nationalByYear the national context of each year whose table is complete enough: units scored, median,
 *                     best, worst, as the reader writes them
 * @param allWithData  the codes of every unit with values of the indicator, for a link comparing them all; empty when
 *                     the selection already holds as many
 * @param ranking      every unit ranked in the latest year with a national table, or {@code null} when there is none
 * @param regions      the provinces offered, by socio-economic region (the picker's groups)
 */
public record IndicatorComparison(
        IndicatorInfo indicator,
        int year,
        List<Choice> choices,
        List<Compared> provinces,
        List<Integer> years,
        ChartSpec chart,
        String chartSummary,
        List<MenuGroup> menu,
        List<ChartSpec.Break> breaks,
        Map<Integer, String> nationalByYear,
        List<String> allWithData,
        RankingTable ranking,
        List<RegionGroup> regions) {

    /** The change of method from this year on, if the table marks one there. */
    public ChartSpec.Break breakIn(int year) {
        return breaks.stream().filter(b -> b.year() == year).findFirst().orElse(null);
    }

    /** Whether any compared province has a measurement in or before the year. */
    public boolean hasMeasurements() {
        return !years.isEmpty();
    }

    /**
     * A province that can be compared. {@code toggled} is the selection after clicking it: with it removed when
     * selected, added when not ({@code null} when it is the only one selected and cannot be removed).
     */
    public record Choice(String code, String name, int color, boolean selected, List<String> toggled) {}

    /**
     * A compared province: its values by year as the reader writes them (and as measured, with their sources), and its targets on the indicator with
     * their attainment in the year.
     */
    public record Compared(
            String code,
            String name,
            int color,
            Map<Integer, String> valueByYear,
            List<TargetAttainment> targets,
            Map<Integer, SeriesPoint> pointByYear,
            Map<Integer, String> rankByYear) {}

    /**
     * The provinces offered in one socio-economic region ({@code null}: of no region), and the codes of those with
     * values of the indicator (the region as a quick group).
     */
    public record RegionGroup(Regions.Region region, List<Choice> choices, List<String> withData) {}

    /** Indicators of one reform area. */
    public record MenuGroup(ReformAreaInfo area, List<IndicatorInfo> indicators) {}
}
