package vn.cchc.tracker.province;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the administrative unit a published table means by a name or a GSO code as people write them, among the
 * units that carried a code in one year ({@link ProvinceUnits#carriersIn}). Plain Java.
 * <ul>
 * <li>names are compared without diacritics, case, punctuation or repeated blanks: "Bà Rịa - Vũng Tàu",
 * "Bà Rịa–Vũng Tàu", "BA RIA VUNG TAU" and "Ba Ria-Vung Tau" are one name; "Hòa" and "Hoà" too;</li>
 * <li>a leading "Tỉnh", "Thành phố", "TP." or "TP" is dropped: "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh";</li>
 * <li>the usual short forms: "TP HCM", "TPHCM", "HCM" (Hồ Chí Minh), "BR-VT", "BRVT" (Bà Rịa - Vũng Tàu),
 * "TT Huế", "TT-Huế" (Thừa Thiên Huế);</li>
 * <li>only the units of the year: "Thừa Thiên Huế" in 2024, "Huế" from 2025; a name of another year is unknown;</li>
 * <li>a code (one to three digits; "1" is "01") is the unit that carried it in the year;</li>
 * <li>a name two units of the year share (Quảng Trị 45 until 30/06/2025 and Quảng Trị 44 after) is the one still in
 * force at the year's end if only one is, else ambiguous: the code then decides.</li>
 * </ul>
 */
public final class ProvinceNameMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CODE = Pattern.compile("\\d{1,3}");
    private static final List<String> PREFIXES = List.of("tinh ", "thanh pho ", "tp ", "t p ");
    private static final Map<String, String> SHORT_FORMS = Map.of(
            "hcm", "ho chi minh",
            "tphcm", "ho chi minh",
            "sai gon", "ho chi minh",
            "br vt", "ba ria vung tau",
            "brvt", "ba ria vung tau",
            "tt hue", "thua thien hue",
            "tthue", "thua thien hue");

    /** What a written name or code found. */
    public enum Outcome {
        MATCHED,
        /** Nothing written. */
        BLANK,
        /** No unit of the year by that name or code. */
        UNKNOWN,
        /** Several units of the year by that name. */
        AMBIGUOUS
    }

    /**
     * @param unit       the unit found, when {@link Outcome#MATCHED}
     * @param candidates the units of the year by that name, when {@link Outcome#AMBIGUOUS}
     */
    public record Match(Outcome outcome, ProvinceUnit unit, List<ProvinceUnit> candidates) {

        public boolean matched() {
            return outcome == Outcome.MATCHED;
        }

        static Match of(Outcome outcome) {
            return new Match(outcome, null, List.of());
        }
    }

    private final int year;
    private final Map<String, ProvinceUnit> byCode = new LinkedHashMap<>();
    private final Map<String, List<ProvinceUnit>> byName = new LinkedHashMap<>();

    /** A matcher for the units that carried a code in the year. */
    public ProvinceNameMatcher(ProvinceUnits units, int year) {
        this.year = year;
        for (ProvinceUnit unit : units.carriersIn(year)) {
            byCode.put(unit.code(), unit);
            byName.computeIfAbsent(key(unit.nameVi()), k -> new ArrayList<>()).add(unit);
        }
    }

    public int year() {
        return year;
    }

    /** The unit a name (or a code written in the name's place) means. */
    public Match byName(String written) {
        String text = written == null ? "" : written.strip();
        if (text.isEmpty()) {
            return Match.of(Outcome.BLANK);
        }
        if (CODE.matcher(text).matches()) {
            return byCode(text);
        }
        List<ProvinceUnit> found = byName.getOrDefault(key(text), List.of());
        if (found.isEmpty()) {
            return Match.of(Outcome.UNKNOWN);
        }
        if (found.size() == 1) {
            return new Match(Outcome.MATCHED, found.get(0), List.of());
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<ProvinceUnit> atYearEnd = found.stream()
                .filter(u -> u.validTo() == null || !u.validTo().isBefore(yearEnd))
                .toList();
        return atYearEnd.size() == 1
                ? new Match(Outcome.MATCHED, atYearEnd.get(0), List.of())
                : new Match(Outcome.AMBIGUOUS, null, List.copyOf(found));
    }

    /** The unit that carried a GSO code in the year; a spreadsheet's "1" is "01". */
    public Match byCode(String written) {
        String text = written == null ? "" : written.strip();
        if (text.isEmpty()) {
            return Match.of(Outcome.BLANK);
        }
        if (!CODE.matcher(text).matches()) {
            return Match.of(Outcome.UNKNOWN);
        }
        String code = text.length() == 1 ? "0" + text : text;
        return Optional.ofNullable(byCode.get(code))
                .map(u -> new Match(Outcome.MATCHED, u, List.of()))
                .orElseGet(() -> Match.of(Outcome.UNKNOWN));
    }

    /** A name as compared: no diacritics, lower case, letters and digits between single blanks, no prefix. */
    static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        String key = NOT_ALNUM.matcher(plain).replaceAll(" ").strip();
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix)) {
                key = key.substring(prefix.length());
                break;
            }
        }
        return SHORT_FORMS.getOrDefault(key, key);
    }
}
