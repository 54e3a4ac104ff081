package vn.cchc.tracker.province;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything known under one GSO code: its units oldest first (a rename or change of kind starts a new unit),
 * and the units of other codes that were merged into it.
 */
public record ProvinceProfile(String code, List<Province> units, List<Province> mergedIn) {

    public ProvinceProfile {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one unit");
        }
        units = List.copyOf(units);
        mergedIn = List.copyOf(mergedIn);
    }

    /** The newest unit: its name is the one the code goes by today. */
    public Province current() {
        return units.get(units.size() - 1);
    }

    /** The unit that carried the code in the year (see {@link ProvinceUnits#inYear}); empty if none did. */
    public Optional<ProvinceUnit> unitInYear(int year) {
        return new ProvinceUnits(units.stream().map(Province::unit).toList()).inYear(code, year);
    }

    /** The unit that existed under the code on the day, the newer one if two did; empty if none did. */
    public Optional<Province> unitOn(LocalDate day) {
        return units.stream().filter(u -> u.isValidOn(day)).reduce((older, newer) -> newer);
    }

    /** Older units under the same code, e.g. Thừa Thiên Huế before Huế became a city. */
    public List<Province> formerUnits() {
        return units.subList(0, units.size() - 1);
    }

    /** Where the unit went when it ceased to exist under another code (merged into a successor). */
    public Province successorElsewhere() {
        Province successor = current().getSuccessor();
        return successor != null && !successor.getCode().equals(code) ? successor : null;
    }
}
