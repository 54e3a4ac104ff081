package vn.cchc.tracker.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The administrative units by GSO code, oldest first, and the one rule of which unit a code meant in a year: the
 * unit under the code that existed in the year, the newer one if two did (Thừa Thiên Huế for 46 in 2024, Huế in 2025;
 * Đắk Nông for 67 in 2025, its last half-year). Plain Java: a snapshot that checks run against.
 */
public final class ProvinceUnits {

    private static final Comparator<ProvinceUnit> BY_CODE_OLDEST_FIRST = Comparator.comparing(ProvinceUnit::code)
            .thenComparing(ProvinceUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<String, List<ProvinceUnit>> byCode;
    private final Map<Long, ProvinceUnit> byId = new HashMap<>();
    private final Map<Long, Integer> predecessorCounts = new HashMap<>();

    public ProvinceUnits(Collection<ProvinceUnit> units) {
        this.byCode = units.stream()
                .sorted(BY_CODE_OLDEST_FIRST)
                .collect(
                        Collectors.groupingBy(ProvinceUnit::code, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        for (ProvinceUnit unit : units) {
            byId.put(unit.id(), unit);
            if (unit.successorId() != null) {
                predecessorCounts.merge(unit.successorId(), 1, Integer::sum);
            }
        }
    }

    /** The unit with the id; empty for an unknown id. */
    public Optional<ProvinceUnit> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The unit a unit became or became part of when it ended; empty while in force or when none is recorded. */
    public Optional<ProvinceUnit> successor(ProvinceUnit unit) {
        return unit.successorId() == null ? Optional.empty() : byId(unit.successorId());
    }

    /**
     * Whether the unit's successor continues it on the same territory under another name or kind (Thừa Thiên Huế →
     * Thành phố Huế): the successor keeps the code and was formed from this unit alone. A merger (Đắk Nông → Lâm Đồng),
     * or a unit whose territory grew under the same code (the old Lâm Đồng → the new one), does not continue it.
     * The same rule as {@code UnitHistory}'s "became" line.
     */
    public boolean continuedBySuccessor(ProvinceUnit unit) {
        return successor(unit)
                .filter(s -> s.code().equals(unit.code()))
                .filter(s -> predecessorCounts.getOrDefault(s.id(), 0) == 1)
                .isPresent();
    }

    /**
     * The first unit of the series the unit belongs to: following back the units it continues (see
     * {@link #continuedBySuccessor}). A unit and the units it continues share one series of results.
     */
    public ProvinceUnit seriesStart(ProvinceUnit unit) {
        ProvinceUnit start = unit;
        boolean moved = true;
        for (int guard = 0; moved && guard < 100; guard++) { // successor links cannot loop, but data is data
            moved = false;
            for (ProvinceUnit earlier : of(start.code())) {
                if (start.id() == (earlier.successorId() == null ? -1 : earlier.successorId())
                        && continuedBySuccessor(earlier)) {
                    start = earlier;
                    moved = true;
                    break;
                }
            }
        }
        return start;
    }

    /**
     * Where the target-setting unit's series ends: the unit itself when it is in force or ended without a successor
     * taking over the same territory, else the last unit that continues it.
     */
    public ProvinceUnit seriesEnd(ProvinceUnit unit) {
        ProvinceUnit end = unit;
        for (int guard = 0; continuedBySuccessor(end) && guard < 100; guard++) {
            end = successor(end).orElseThrow();
        }
        return end;
    }

    /** The units whose successor is the unit: those that became it or became part of it. */
    public List<ProvinceUnit> predecessors(ProvinceUnit unit) {
        return byId.values().stream()
                .filter(p -> p.successorId() != null && p.successorId() == unit.id())
                .sorted(BY_CODE_OLDEST_FIRST)
                .toList();
    }

    public boolean hasCode(String code) {
        return byCode.containsKey(code);
    }

    /** The units under a code, oldest first; empty for an unknown code. */
    public List<ProvinceUnit> of(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** The unit that carried the code in the year; empty if none did. */
    public Optional<ProvinceUnit> inYear(String code, int year) {
        ProvinceUnit carrier = null;
        for (ProvinceUnit unit : of(code)) {
            if (unit.existedIn(year) && (carrier == null || unit.isNewerThan(carrier))) {
                carrier = unit;
            }
        }
        return Optional.ofNullable(carrier);
    }

    /**
     * The units a year's national table lists: for every code, the unit that carried it in the year
     * ({@link #inYear}). In 2024 the 63 provinces, with Thừa Thiên Huế; in 2025 Huế, and under 44 the new Quảng Trị.
     */
    public List<ProvinceUnit> carriersIn(int year) {
        return byCode.keySet().stream()
                .map(code -> inYear(code, year))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The unit that started under the code on that day ({@code null}: the one with no known start), as a backup names it. */
    public Optional<ProvinceUnit> find(String code, LocalDate validFrom) {
        return of(code).stream()
                .filter(u -> Objects.equals(u.validFrom(), validFrom))
                .findFirst();
    }

    /** Every unit, by code, oldest first within a code. */
    public List<ProvinceUnit> all() {
        return byCode.values().stream().flatMap(List::stream).toList();
    }

    /** These units and some more (a backup's new ones). */
    public ProvinceUnits with(Collection<ProvinceUnit> more) {
        List<ProvinceUnit> units = new ArrayList<>(all());
        units.addAll(more);
        return new ProvinceUnits(units);
    }
}
