package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.cchc.tracker.indicator.UnitKind;

/**
 * A snapshot of what rows are checked against: the administrative units by GSO code and the indicator catalogue
 * with ranges and group levels. Plain data, so validation runs without Spring or a database.
 */
public final class ImportCatalogue {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** An administrative unit: one period of a GSO code under one name and kind. */
    public record ProvinceUnit(long id, String code, String name, LocalDate validFrom, LocalDate validTo) {

        /** Whether the unit existed on at least one day of the year. */
        public boolean existedIn(int year) {
            return validFrom.getYear() <= year && (validTo == null || validTo.getYear() >= year);
        }

        String period() {
            return name + ": " + validFrom.format(DAY) + " – " + (validTo == null ? "" : validTo.format(DAY));
        }
    }

    /** A level of a group indicator, lowest first in {@link IndicatorSpec#levels()}. */
    public record Level(String nameVi, String nameEn) {
    }

    /** What the catalogue says about an indicator's values. */
    public record IndicatorSpec(String code, String nameVi, String nameEn, UnitKind unitKind, BigDecimal minValue,
                                BigDecimal maxValue, List<Level> levels) {

        public IndicatorSpec {
            levels = List.copyOf(levels);
        }

        /** The stored (Vietnamese) name of a level written in either language, ignoring case and blanks. */
        public Optional<String> level(String written) {
            String key = lenient(written);
            return levels.stream()
                    .filter(l -> lenient(l.nameVi()).equals(key) || lenient(l.nameEn()).equals(key))
                    .map(Level::nameVi)
                    .findFirst();
        }

        public List<String> levelNames() {
            return levels.stream().map(Level::nameVi).toList();
        }
    }

    private final Map<String, List<ProvinceUnit>> unitsByCode;
    private final Map<String, IndicatorSpec> indicators;

    public ImportCatalogue(List<ProvinceUnit> units, List<IndicatorSpec> indicators) {
        this.unitsByCode = units.stream()
                .sorted(Comparator.comparing(ProvinceUnit::code).thenComparing(ProvinceUnit::validFrom))
                .collect(Collectors.groupingBy(ProvinceUnit::code, LinkedHashMap::new, Collectors.toList()));
        this.indicators = new LinkedHashMap<>();
        indicators.forEach(i -> this.indicators.put(i.code(), i));
    }

    public boolean hasProvinceCode(String code) {
        return unitsByCode.containsKey(code);
    }

    /** Units under a code, oldest first. */
    public List<ProvinceUnit> unitsOf(String code) {
        return unitsByCode.getOrDefault(code, List.of());
    }

    /**
     * The unit a yearly result of {@code code} belongs to: the newest unit under the code that existed in the year
     * (Thừa Thiên Huế for 46 in 2024, Huế in 2025; Đắk Nông for 67 in 2025, its last half-year).
     */
    public Optional<ProvinceUnit> unitIn(String code, int year) {
        List<ProvinceUnit> units = new ArrayList<>(unitsOf(code));
        for (int i = units.size() - 1; i >= 0; i--) {
            if (units.get(i).existedIn(year)) {
                return Optional.of(units.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every unit, oldest first within a code. */
    public List<ProvinceUnit> units() {
        return unitsByCode.values().stream().flatMap(List::stream).toList();
    }

    /** "Đắk Nông: 01/01/2004 – 30/06/2025" for each unit under the code. */
    String periodsOf(String code) {
        return unitsOf(code).stream().map(ProvinceUnit::period).collect(Collectors.joining("; "));
    }

    public Optional<IndicatorSpec> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public List<IndicatorSpec> indicators() {
        return List.copyOf(indicators.values());
    }

    static String lenient(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
