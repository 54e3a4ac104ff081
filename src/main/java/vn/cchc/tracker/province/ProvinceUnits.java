package vn.cchc.tracker.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

    public ProvinceUnits(Collection<ProvinceUnit> units) {
        this.byCode = units.stream()
                .sorted(BY_CODE_OLDEST_FIRST)
                .collect(
                        Collectors.groupingBy(ProvinceUnit::code, LinkedHashMap::new, Collectors.toUnmodifiableList()));
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
