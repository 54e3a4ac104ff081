package vn.cchc.tracker.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.cchc.tracker.support.Languages;

/**
 * An indicator of the catalogue as plain data, as the one snapshot holds it (see {@link IndicatorCatalogue}).
 *
 * @param levels for group indicators, lowest first; empty otherwise
 */
public record IndicatorSpec(
        String code,
        String nameVi,
        String nameEn,
        String reformAreaCode,
        UnitKind unitKind,
        Direction direction,
        BigDecimal minValue,
        BigDecimal maxValue,
        List<GroupLevel> levels) {

    public IndicatorSpec {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public IndicatorSpec withLevels(List<GroupLevel> newLevels) {
        return new IndicatorSpec(
                code, nameVi, nameEn, reformAreaCode, unitKind, direction, minValue, maxValue, newLevels);
    }

    public String name(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameVi;
    }

    public boolean isGroup() {
        return unitKind == UnitKind.GROUP;
    }

    /** What values the indicator accepts. */
    public ValueSpec values() {
        return new ValueSpec(unitKind, minValue, maxValue, levels);
    }

    /** The levels' stored (Vietnamese) names, lowest first. */
    public List<String> levelNames() {
        return levels.stream().map(GroupLevel::nameVi).toList();
    }
}
