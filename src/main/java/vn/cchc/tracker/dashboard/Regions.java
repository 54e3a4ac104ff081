package vn.cchc.tracker.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.cchc.tracker.support.Languages;

/**
 * The six socio-economic regions of GSO's classification, the grouping the PAR Index report uses, and the region of
 * each province code. The mapping is shipped data ({@code data/socio-economic-regions.csv}, whose header names its
 * source); plain Java, read once.
 */
public final class Regions {

    static final String RESOURCE = "/data/socio-economic-regions.csv";

    private static final class Shipped {
        static final Regions INSTANCE = load();
    }

    /** One region, with its place in GSO's order (north to south). */
    public record Region(String code, int position, String nameVi, String nameEn) {

        public String name(Locale locale) {
            return Languages.isEnglish(locale) ? nameEn : nameVi;
        }
    }

    private final List<Region> regions;
    private final Map<String, Region> byProvince;

    private Regions(List<Region> regions, Map<String, Region> byProvince) {
        this.regions = List.copyOf(regions);
        this.byProvince = Map.copyOf(byProvince);
    }

    /** The shipped classification. */
    public static Regions shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * Reads the file's lines: {@code region,CODE,position,name_vi,name_en} and {@code province,GSO code,REGION};
     * {@code #} starts a comment.
     *
     * @throws IllegalArgumentException for a malformed line, an unknown region or a province listed twice
     */
    static Regions parse(List<String> lines) {
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, Region> byProvince = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f[0].equals("region") && f.length == 5) {
                regions.put(f[1], new Region(f[1], Integer.parseInt(f[2]), f[3], f[4]));
            } else if (f[0].equals("province") && f.length == 3 && regions.containsKey(f[2])) {
                if (byProvince.put(f[1], regions.get(f[2])) != null) {
                    throw new IllegalArgumentException("province listed twice: " + line);
                }
            } else {
                throw new IllegalArgumentException("not a region or province line: " + line);
            }
        }
        List<Region> ordered = new ArrayList<>(regions.values());
        ordered.sort(Comparator.comparingInt(Region::position));
        return new Regions(ordered, byProvince);
    }

    private static Regions load() {
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regions in GSO's order. */
    public List<Region> all() {
        return regions;
    }

    /** The region of a province code, empty for a code the classification does not hold. */
    public Optional<Region> of(String provinceCode) {
        return Optional.ofNullable(byProvince.get(provinceCode));
    }

    /**
     * The codes by region in GSO's order (each region's codes in the order given); codes of no region last, under
     * {@code null}. Regions without any of the codes are left out.
     */
    public Map<Region, List<String>> group(Collection<String> codes) {
        Map<Region, List<String>> grouped = new LinkedHashMap<>();
        regions.forEach(r -> grouped.put(r, new ArrayList<>()));
        List<String> none = new ArrayList<>();
        for (String code : codes) {
            Region r = byProvince.get(code);
            if (r == null) {
                none.add(code);
            } else {
                grouped.get(r).add(code);
            }
        }
        grouped.values().removeIf(List::isEmpty);
        if (!none.isEmpty()) {
            grouped.put(null, none);
        }
        return grouped;
    }
}
