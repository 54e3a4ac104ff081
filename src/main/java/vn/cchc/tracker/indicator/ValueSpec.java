package vn.cchc.tracker.indicator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** What values an indicator accepts: its unit kind, its range, and for groups its ordered levels (lowest first). */
public record ValueSpec(UnitKind unitKind, BigDecimal min, BigDecimal max, List<GroupLevel> levels) {

    public ValueSpec {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public static ValueSpec of(Indicator indicator) {
        return new ValueSpec(
                indicator.getUnitKind(),
                indicator.getMinValue(),
                indicator.getMaxValue(),
                indicator.getLevels().stream()
                        .map(l -> new GroupLevel(l.getNameVi(), l.getNameEn()))
                        .toList());
    }

    /** Percentages 0–100, whatever the indicator: what a reduction target's threshold is. */
    public static ValueSpec percent() {
        return new ValueSpec(UnitKind.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100), List.of());
    }

    /** Levels named alike in both languages, lowest first. */
    public static List<GroupLevel> levels(String... names) {
        return Arrays.stream(names).map(n -> new GroupLevel(n, n)).toList();
    }

    /** The levels' stored (Vietnamese) names, lowest first. */
    public List<String> levelNames() {
        return levels.stream().map(GroupLevel::nameVi).toList();
    }
}
