package vn.cchc.tracker.attainment.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the unit that set a target ended: merged into another unit, or its territory changed (a unit continued on the
 * same territory under another name or kind, Thừa Thiên Huế → Thành phố Huế, has not ended for this purpose).
 *
 * @param unitName       the unit that set the target, e.g. "Đắk Nông"
 * @param lastDay        its last day, e.g. 30/06/2025
 * @param successorCode  the GSO code of the unit it became part of, e.g. "68"
 * @param successorName  that unit's name, e.g. "Lâm Đồng"
 */
public record UnitEnd(String unitName, LocalDate lastDay, String successorCode, String successorName) {

    public UnitEnd {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /** The year E it ended in. */
    public int year() {
        return lastDay.getYear();
    }

    /** The successor's first day. */
    public LocalDate successorFrom() {
        return lastDay.plusDays(1);
    }
}
