package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a tiny trend line drawn as inline SVG: a {@code <polyline>} through the measurements, a dot on
 * the latest one, and a dashed line at the goal. Server-side SVG needs no script and no inline style, and prints.
 * Years run left to right; better values are drawn higher (for ranks, smaller numbers are better).
 *
 * @param points      the polyline's {@code points} attribute, empty when there is nothing to draw
 * @param lastX       x of the latest point
 * @param lastY       y of the latest point
 * @param goalY       y of the goal line, or {@code null} when the goal is not drawn
 * @param description the values in words, for the SVG's text alternative
 */
public record Sparkline(String points, double lastX, double lastY, Double goalY, String description) {

    public static final int WIDTH = 96;
    public static final int HEIGHT = 28;
    private static final double PAD = 4;

    /** One value of the line. */
    public record Value(int year, BigDecimal value) {}

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** Whether there is more than one point, so a line (not just a dot) is drawn. */
    public boolean hasLine() {
        return points.indexOf(' ') > 0;
    }

    /**
     * @param values      the measurements, oldest first (at most one per year)
     * @param goal        the value to reach, or {@code null}
     * @param lowerBetter whether smaller values are better (ranks), so they are drawn higher
     * @param description the values in words
     */
    public static Sparkline of(List<Value> values, BigDecimal goal, boolean lowerBetter, String description) {
        if (values.isEmpty()) {
            return new Sparkline("", 0, 0, null, description);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Value v : values) {
            lo = Math.min(lo, v.value().doubleValue());
            hi = Math.max(hi, v.value().doubleValue());
        }
        if (goal != null) {
            lo = Math.min(lo, goal.doubleValue());
            hi = Math.max(hi, goal.doubleValue());
        }
        int firstYear = values.get(0).year();
        int lastYear = values.get(values.size() - 1).year();
        List<String> coordinates = new ArrayList<>(values.size());
        double x = 0;
        double y = 0;
        for (Value v : values) {
            x = lastYear == firstYear
                    ? WIDTH / 2.0
                    : PAD + (WIDTH - 2 * PAD) * (v.year() - firstYear) / (lastYear - firstYear);
            y = y(v.value().doubleValue(), lo, hi, lowerBetter);
            coordinates.add(fmt(x) + "," + fmt(y));
        }
        Double goalY = goal == null ? null : round(y(goal.doubleValue(), lo, hi, lowerBetter));
        return new Sparkline(String.join(" ", coordinates), round(x), round(y), goalY, description);
    }

    private static double y(double value, double lo, double hi, boolean lowerBetter) {
        if (hi == lo) {
            return HEIGHT / 2.0;
        }
        double share = (value - lo) / (hi - lo); // 0 at the smallest value, 1 at the largest
        double fromTop = lowerBetter ? share : 1 - share;
        return PAD + (HEIGHT - 2 * PAD) * fromTop;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** One decimal, always a point: "12.5" (by hand: String.format was a tenth of a national scorecard's time). */
    static String fmt(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + tenths / 10 + "." + tenths % 10;
    }
}
