package vn.cchc.tracker.indicator;

import java.math.BigDecimal;
import java.util.List;


/** What values an indicator accepts: its unit kind, its range, and for groups its ordered levels. */
public record ValueSpec(UnitKind unitKind, BigDecimal min, BigDecimal max, List<String> levels) {

    public ValueSpec {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public static ValueSpec of(Indicator indicator) {
        return new ValueSpec(indicator.getUnitKind(), indicator.getMinValue(), indicator.getMaxValue(),
                indicator.levelNames());
    }
}
