package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordinary least-squares line through a target's latest points, kept as exact fractions: its value at the
 * deadline is {@code numerator / denominator} (denominator &gt; 0), so a line that lands exactly on the threshold meets
 * it. Years are shifted by the deadline (u = year − D) so the line's value at D is its intercept in u.
 */
final class TrendLine {

    final List<TrendPoint> points;
    final BigDecimal numerator;
    final BigDecimal denominator;
    private final BigDecimal slopeNumerator;
    private final BigDecimal slopeDenominator;

    private TrendLine(
            List<TrendPoint> points, BigDecimal numerator, BigDecimal denominator, BigDecimal sxy, BigDecimal sxx) {
        this.points = points;
        this.numerator = numerator;
        this.denominator = denominator;
        this.slopeNumerator = sxy;
        this.slopeDenominator = sxx;
    }

    /**
     * The points: from the latest measurement in or before the evaluation year ({@code judged}) backwards, at most
     * {@code maxPoints}, the baseline point placed by its year when it is one. Fewer than two: no line
     * ({@code points} still tells which there were).
     */
    static List<TrendPoint> points(
            Measurements m, int judged, Integer baselineYear, BigDecimal baselinePoint, int maxPoints) {
        boolean baselinePending = baselinePoint != null;
        List<TrendPoint> points = new ArrayList<>();
        int i = judged;
        while (points.size() < maxPoints && (i >= 0 || baselinePending)) {
            if (baselinePending && (i < 0 || baselineYear > m.yearAt(i))) {
                points.add(new TrendPoint(baselineYear, baselinePoint, true));
                baselinePending = false;
            } else {
                points.add(new TrendPoint(m.yearAt(i), m.numberAt(i), false));
                i--;
            }
        }
        Collections.reverse(points); // oldest first, as a reader lists them
        return List.copyOf(points);
    }

    /** The line through at least two points of distinct years. */
    static TrendLine fit(List<TrendPoint> points, int deadline) {
        int n = points.size();
        long su = 0;
        long suu = 0;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal suy = BigDecimal.ZERO;
        for (TrendPoint p : points) {
            int u = p.year() - deadline;
            su += u;
            suu += (long) u * u;
            sy = sy.add(p.value());
            suy = suy.add(p.value().multiply(BigDecimal.valueOf(u)));
        }
        // OLS intercept a = (Σy·Suu − Suy·Σu) / (n·Suu) with Suu = nΣu² − (Σu)², Suy = nΣuy − ΣuΣy
        BigDecimal bigN = BigDecimal.valueOf(n);
        BigDecimal bigSu = BigDecimal.valueOf(su);
        BigDecimal sxx = BigDecimal.valueOf(n * suu - su * su);
        BigDecimal sxy = suy.multiply(bigN).subtract(sy.multiply(bigSu));
        BigDecimal numerator = sy.multiply(sxx).subtract(sxy.multiply(bigSu));
        return new TrendLine(points, numerator, sxx.multiply(bigN), sxy, sxx);
    }

    /** The value at the deadline, rounded. */
    BigDecimal projection(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    /** The change per year, rounded. */
    BigDecimal slope(int scale) {
        return slopeNumerator.divide(slopeDenominator, scale, RoundingMode.HALF_UP);
    }

    /** The value at year 0 (value = intercept + slope × year, as a spreadsheet's INTERCEPT and SLOPE), rounded. */
    BigDecimal intercept(int deadline, int scale) {
        // value(D) − slope·D, exactly: (N·Sxx − Sxy·D·M) / (M·Sxx)
        BigDecimal exact = numerator
                .multiply(slopeDenominator)
                .subtract(slopeNumerator.multiply(BigDecimal.valueOf(deadline)).multiply(denominator));
        return exact.divide(denominator.multiply(slopeDenominator), scale, RoundingMode.HALF_UP);
    }
}
