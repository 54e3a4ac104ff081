package vn.cchc.tracker.province;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything known under one GSO code: its units oldest first (a rename, a change of kind or a merger starts a new
 * unit), the units of other codes that went into them, and the unit a page shows: the newest, or the one that carried
 * the code in a chosen year ({@link #inYear}).
 */
public record ProvinceProfile(String code, List<Province> units, List<Province> mergedIn, Province shown) {

    public ProvinceProfile {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one unit");
        }
        units = List.copyOf(units);
        mergedIn = List.copyOf(mergedIn);
        if (shown == null) {
            shown = units.get(units.size() - 1);
        }
    }

    /** A profile showing the newest unit. */
    public ProvinceProfile(String code, List<Province> units, List<Province> mergedIn) {
        this(code, units, mergedIn, null);
    }

    /**
     * The same profile showing the unit that carried the code in the year; in a year no unit did, the last one before
     * it (a code retired in 2025, seen in 2026) or else the first after it.
     */
    public ProvinceProfile inYear(int year) {
        Province carrier = unitInYear(year)
                .flatMap(u ->
                        units.stream().filter(p -> p.getId().equals(u.id())).findFirst())
                .orElseGet(() -> units.stream()
                        .filter(p -> p.getValidTo() != null && p.getValidTo().getYear() < year)
                        .reduce((older, newer) -> newer)
                        .orElse(units.get(0)));
        return new ProvinceProfile(code, units, mergedIn, carrier);
    }

    /** The unit the page shows: the newest, or the one of the year the profile was taken in. */
    public Province current() {
        return shown;
    }

    /** The newest unit: its name is the one the code goes by today. */
    public Province newest() {
        return units.get(units.size() - 1);
    }

    /** The other units under the code, each with a year it carried the code in, for a link to its page. */
    public List<Province> otherUnits() {
        return units.stream().filter(u -> !u.getId().equals(shown.getId())).toList();
    }

    /** The unit that carried the code in the year (see {@link ProvinceUnits#inYear}); empty if none did. */
    public Optional<ProvinceUnit> unitInYear(int year) {
        return new ProvinceUnits(units.stream().map(Province::unit).toList()).inYear(code, year);
    }

    /** The unit that existed under the code on the day, the newer one if two did; empty if none did. */
    public Optional<Province> unitOn(LocalDate day) {
        return units.stream().filter(u -> u.isValidOn(day)).reduce((older, newer) -> newer);
    }

    /** Older units under the same code than the one shown, e.g. Thừa Thiên Huế before Huế became a city. */
    public List<Province> formerUnits() {
        return units.subList(0, units.indexOf(shown));
    }

    /** Where the unit went when it ceased to exist under another code (merged into a successor). */
    public Province successorElsewhere() {
        Province successor = current().getSuccessor();
        return successor != null && !successor.getCode().equals(code) ? successor : null;
    }
}
