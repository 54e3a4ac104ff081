package vn.cchc.tracker.dashboard;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.UnitHistory;

/**
 * Whether a page needs the section "targets of the units before the reorganisation": some unit ended into a unit
 * that exists in the year (a merger, not a unit continued on the same territory). Decided on the units the page has
 * already loaded, so a page without such a section sends no statement more.
 */
final class PredecessorUnits {

    private PredecessorUnits() {}

    /** Whether a unit ended into one of the profile's units that existed in the year. */
    static boolean anyEndedInto(ProvinceProfile profile, int year) {
        List<Province> known = new ArrayList<>(profile.units());
        known.addAll(profile.mergedIn());
        return known.stream().anyMatch(unit -> endedIntoOneExisting(profile, unit, year));
    }

    /** Whether, of every profile, a unit ended into a unit that existed in the year. */
    static boolean anyEndedInto(List<ProvinceProfile> profiles, int year) {
        return profiles.stream().anyMatch(p -> anyEndedInto(p, year));
    }

    private static boolean endedIntoOneExisting(ProvinceProfile profile, Province unit, int year) {
        Province successor = unit.getSuccessor();
        return successor != null
                && successor.getCode().equals(profile.code())
                && successor.existedIn(year)
                && UnitHistory.ending(profile, unit).kind() == UnitHistory.Kind.NOW_PART_OF;
    }
}
