package vn.cchc.tracker.province;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history of a GSO code's units, told both ways: what each unit was formed from or became, and where it went.
 * Plain Java on the units the profile holds (its own and the other codes' units that went into them); the wording is
 * the page's, in the message bundles.
 */
public final class UnitHistory {

    /** What a line says of its unit. */
    public enum Kind {
        /** "Lâm Đồng (68) từ 01/07/2025, hình thành từ Lâm Đồng, Đắk Nông và Bình Thuận" */
        FORMED,
        /** "Thành phố Huế (46) từ 01/01/2025" */
        SINCE,
        /** "Hà Nội (01)": in force before the unit list's period and still */
        IN_FORCE,
        /** "Đắk Nông đến 30/06/2025, nay thuộc Lâm Đồng (68)" */
        NOW_PART_OF,
        /** "Thừa Thiên Huế (tỉnh) đến 31/12/2024, nay là Thành phố Huế" */
        BECAME,
        /** ended without a recorded successor */
        ENDED
    }

    /**
     * One line.
     *
     * @param others the units it was formed from, the centre's first (FORMED); its successor (NOW_PART_OF, BECAME)
     */
    public record Line(Kind kind, Province unit, List<Province> others) {

        /** The successor of a NOW_PART_OF or BECAME line. */
        public Province successor() {
            return others.isEmpty() ? null : others.get(0);
        }
    }

    private UnitHistory() {}

    /** The lines of a profile: for each of its units, oldest first, how it began, then how it ended. */
    public static List<Line> of(ProvinceProfile profile) {
        List<Province> known = new ArrayList<>(profile.units());
        known.addAll(profile.mergedIn());
        List<Line> lines = new ArrayList<>();
        for (Province unit : profile.units()) {
            List<Province> formedFrom = predecessors(unit, known);
            if (unit.getValidFrom() == null) {
                if (unit.getValidTo() == null) {
                    lines.add(new Line(Kind.IN_FORCE, unit, List.of()));
                }
            } else if (formedFrom.size() >= 2) {
                lines.add(new Line(Kind.FORMED, unit, formedFrom));
            } else {
                lines.add(new Line(Kind.SINCE, unit, List.of()));
            }
            if (unit.getValidTo() != null) {
                lines.add(ending(unit, known));
            }
        }
        return List.copyOf(lines);
    }

    /** How a unit of the profile that ended went on (NOW_PART_OF, BECAME or ENDED). */
    public static Line ending(ProvinceProfile profile, Province unit) {
        List<Province> known = new ArrayList<>(profile.units());
        known.addAll(profile.mergedIn());
        return ending(unit, known);
    }

    /** How a unit that ended went on: into a unit formed from several (part of it), or as one unit renamed. */
    static Line ending(Province unit, List<Province> known) {
        Province successor = unit.getSuccessor();
        if (successor == null) {
            return new Line(Kind.ENDED, unit, List.of());
        }
        boolean merged = predecessors(successor, known).size() >= 2
                || !successor.getCode().equals(unit.getCode());
        return new Line(merged ? Kind.NOW_PART_OF : Kind.BECAME, unit, List.of(successor));
    }

    /**
     * The units whose successor is this one, the one that held the centre first (it gave the code: Quyết định
     * 124/2004/QĐ-TTg), then by code, highest first.
     */
    static List<Province> predecessors(Province unit, List<Province> known) {
        return known.stream()
                .filter(p ->
                        p.getSuccessor() != null && p.getSuccessor().getId().equals(unit.getId()))
                .sorted(Comparator.comparing((Province p) -> !p.getCode().equals(unit.getCode()))
                        .thenComparing(Province::getCode, Comparator.reverseOrder()))
                .toList();
    }
}
