package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.Languages;

/** A catalogue indicator with what the charts need: unit, direction, range, ordered levels, whether data exist. */
public record IndicatorInfo(
        String code,
        String nameVi,
        String nameEn,
        String reformAreaCode,
        UnitKind unitKind,
        Direction direction,
        BigDecimal minValue,
        BigDecimal maxValue,
        List<Level> levels,
        boolean hasTargets,
        boolean hasMeasurements) {

    public IndicatorInfo {
        levels = List.copyOf(levels);
    }

    public String name(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameVi;
    }

    public boolean isRank() {
        return unitKind == UnitKind.RANK;
    }

    public boolean isGroup() {
        return unitKind == UnitKind.GROUP;
    }

    /** Targets or measurements refer to it, so comparing provinces on it shows something. */
    public boolean inUse() {
        return hasTargets || hasMeasurements;
    }

    /** Position (1 = lowest) of a stored level name, 0 when it is not one of the levels. */
    public int positionOf(String levelNameVi) {
        for (Level level : levels) {
            if (level.nameVi().equals(levelNameVi)) {
                return level.position();
            }
        }
        return 0;
    }

    public List<String> levelNames(Locale locale) {
        return levels.stream()
                .map(l -> Languages.isEnglish(locale) ? l.nameEn() : l.nameVi())
                .toList();
    }

    public record Level(int position, String nameVi, String nameEn) {}
}
