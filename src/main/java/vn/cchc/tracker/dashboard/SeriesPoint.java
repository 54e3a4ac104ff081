package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import vn.cchc.tracker.indicator.UnitKind;

/**
 * One yearly measurement of an indicator under one GSO code.
 *
 * @param number        the value of a numeric indicator, else {@code null}
 * @param level         the group level as stored (Vietnamese), else {@code null}
 * @param levelEn       its English name, when the level is one of the indicator's levels
 * @param levelPosition its position among the indicator's levels (1 = lowest), 0 when unknown or numeric
 * @param sourceUrl     the address of the publication, when known
 * @param computed      whether the value was computed from published figures rather than printed in its source
 * @param scored        for a rank or group computed from the year's national table of scores
 *                      ({@code indicator.ComputedStandings}), the number of units in that table (the N of "hạng r/N");
 *                      otherwise {@code null}
 */
public record SeriesPoint(
        int year,
        UnitKind unitKind,
        BigDecimal number,
        String level,
        String levelEn,
        int levelPosition,
        String source,
        String note,
        String sourceUrl,
        boolean computed,
        Integer scored) {

    /** A stored value: nothing computed from a national table. */
    public SeriesPoint(
            int year,
            UnitKind unitKind,
            BigDecimal number,
            String level,
            String levelEn,
            int levelPosition,
            String source,
            String note,
            String sourceUrl,
            boolean computed) {
        this(year, unitKind, number, level, levelEn, levelPosition, source, note, sourceUrl, computed, null);
    }

    /** Whether this rank or group was computed from the year's national table of scores rather than stored. */
    public boolean computedStanding() {
        return scored != null;
    }

    /** The value a chart plots: the number, or the level's position. */
    public BigDecimal plotted() {
        if (number != null) {
            return number;
        }
        return levelPosition > 0 ? BigDecimal.valueOf(levelPosition) : null;
    }
}
