package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.indicator.MethodChange;
import vn.cchc.tracker.target.Comparison;

/**
 * What {@code static/js/charts.js} draws, handed to the page as a JSON data block (never as script). Values are
 * plotted as numbers; group levels by their position (1 = lowest) with {@code levels} naming the positions.
 *
 * @param scale   {@code number}, {@code rank} (y axis reversed, 1 at the top) or {@code group} (ordered levels)
 * @param lang    the page's language, for axis numbers
 * @param unit    what follows a number on the y axis, e.g. "%"
 * @param yMin    lower end of the y axis, or {@code null} to let the chart choose
 * @param yMax    upper end of the y axis, or {@code null}
 * @param levels  level names lowest first (group scale only)
 * @param xMin    first year on the x axis
 * @param xMax    last year on the x axis
 * @param lines   what to draw
 * @param yTitle  the y axis title
 * @param breaks  changes of method inside the years shown, drawn as a marker before their first year
 */
public record ChartSpec(
        String scale,
        String lang,
        String unit,
        BigDecimal yMin,
        BigDecimal yMax,
        List<String> levels,
        int xMin,
        int xMax,
        List<Line> lines,
        String yTitle,
        List<Break> breaks) {

    public static final String NUMBER = "number";
    public static final String RANK = "rank";
    public static final String GROUP = "group";

    public ChartSpec {
        levels = List.copyOf(levels);
        lines = List.copyOf(lines);
        breaks = List.copyOf(breaks);
    }

    public ChartSpec(
            String scale,
            String lang,
            String unit,
            BigDecimal yMin,
            BigDecimal yMax,
            List<String> levels,
            int xMin,
            int xMax,
            List<Line> lines,
            String yTitle) {
        this(scale, lang, unit, yMin, yMax, levels, xMin, xMax, lines, yTitle, List.of());
    }

    /** This chart with the method changes that lie inside its years marked. */
    ChartSpec withBreaks(List<MethodChange> changes, Locale locale) {
        List<Break> marked = changes.stream()
                .filter(c -> c.year() > xMin && c.year() <= xMax)
                .map(c -> new Break(c.year(), c.note(locale)))
                .toList();
        return new ChartSpec(scale, lang, unit, yMin, yMax, levels, xMin, xMax, lines, yTitle, marked);
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

    /**
     * One dataset.
     *
     * @param role  {@code measured} (solid line with points), {@code target} (marked point at the deadline),
     *              {@code projection} (dashed line to the deadline), {@code threshold} (dashed level line), or a part
     *              of the national band ({@code national-…}: the interquartile range filled, median, best, worst)
     * @param color index into the page palette, so a province keeps its colour across charts and tables
     */
    public record Line(String label, String role, int color, List<Point> points) {

        public static final String MEASURED = "measured";
        public static final String TARGET = "target";
        public static final String PROJECTION = "projection";
        public static final String THRESHOLD = "threshold";
        /** The national distribution of a year (every unit with a value): worst, quartiles, median, best. */
        public static final String NATIONAL_WORST = "national-worst";

        public static final String NATIONAL_Q1 = "national-q1";
        public static final String NATIONAL_Q3 = "national-q3";
        public static final String NATIONAL_MEDIAN = "national-median";
        public static final String NATIONAL_BEST = "national-best";

        public Line {
            points = List.copyOf(points);
        }
    }

    /** A change of method from {@code year} on, with the note saying what changed. */
    public record Break(int year, String note) {

        /** The year as a label, never formatted as a number ("2.018"). */
        public String yearText() {
            return String.valueOf(year);
        }
    }

    /** A point: year, plotted value, and the value as the reader writes it (for tooltips). */
    public record Point(int x, BigDecimal y, String text) {}
}
