package vn.cchc.tracker.dashboard;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.support.BadParameterException;

/**
 * The overview as one compact table: a line per unit of the year, sorted and filtered by region as the address asks,
 * each reform area's cell the share of goals met or on track ("60 % · 3/5"), and the lines of the whole country and of
 * the chosen region. Plain Java; the counting is {@link StatusCounts}' (goals, each once).
 *
 * @param sort     the order: {@link #BY_CODE}, {@link #BY_NAME}, {@link #BY_TOTAL}, a reform area code or a headline
 *                 score code ({@link ComputedStandings#PAIRS})
 * @param region   the region the lines are filtered on, or {@code null} for every unit
 * @param regional the line of the chosen region's units together, {@code null} without a region
 */
public record OverviewTable(
        String sort,
        Regions.Region region,
        List<Regions.Region> regions,
        List<ComputedStandings.Pair> indices,
        List<Line> lines,
        Line national,
        Line regional) {

    public static final String BY_CODE = "code";
    public static final String BY_NAME = "name";
    public static final String BY_TOTAL = "total";

    /** A share of goals met or on track; colour band and text come from the same numbers. */
    public record Share(long good, long goals, Map<AttainmentStatus, Long> counts) {

        static Share of(StatusCounts c) {
            return new Share(
                    c.get(AttainmentStatus.MET) + c.get(AttainmentStatus.ON_TRACK),
                    c.total(),
                    new EnumMap<>(c.asMap()));
        }

        static Share empty() {
            return of(StatusCounts.empty());
        }

        Share plus(Share other) {
            Map<AttainmentStatus, Long> sum = new EnumMap<>(counts);
            other.counts.forEach((s, n) -> sum.merge(s, n, Long::sum));
            return new Share(good + other.good, goals + other.goals, sum);
        }

        public boolean any() {
            return goals > 0;
        }

        /** The share in whole percent, half up; 0 without goals. */
        public long percent() {
            return goals == 0 ? 0 : Math.round(100.0 * good / goals);
        }

        /** The colour band: "hi" from 75 %, "mid" from 50 %, "lo" below, "none" without goals. */
        public String band() {
            if (goals == 0) {
                return "none";
            }
            return good * 4 >= goals * 3 ? "hi" : (good * 2 >= goals ? "mid" : "lo");
        }

        /** The statuses that occur, with their counts, in status order. */
        public List<Map.Entry<AttainmentStatus, Long>> nonZero() {
            return counts.entrySet().stream().filter(e -> e.getValue() > 0).toList();
        }
    }

    /** One unit's line: its row of the overview, and its shares by reform area code and in all. */
    public record Line(Overview.Row row, Map<String, Share> byArea, Share total) {

        public Share cell(String areaCode) {
            return byArea.getOrDefault(areaCode, Share.empty());
        }
    }

    /** The sort as asked, or by code for anything unknown (a stale link still opens). */
    static String sortOrDefault(String sort, List<ReformAreaInfo> areas) {
        if (sort == null) {
            return BY_CODE;
        }
        boolean known = List.of(BY_CODE, BY_NAME, BY_TOTAL).contains(sort)
                || areas.stream().anyMatch(a -> a.code().equals(sort))
                || ComputedStandings.PAIRS.stream().anyMatch(p -> p.scoreCode().equals(sort));
        return known ? sort : BY_CODE;
    }

    /**
     * @param regionCode a region of {@link Regions}, or {@code null} / blank for every unit
     * @throws BadParameterException for an unknown region
     */
    public static OverviewTable of(Overview overview, String sort, String regionCode, Regions regions, Locale locale) {
        Regions.Region region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = regions.all().stream()
                    .filter(r -> r.code().equals(regionCode))
                    .findFirst()
                    .orElseThrow(
                            () -> new BadParameterException("region", "error.parameter.invalid", "region", regionCode));
        }
        String order = sortOrDefault(sort, overview.areas());
        List<Line> lines = new ArrayList<>();
        Share regionTotal = Share.empty();
        Map<String, Share> regionByArea = new LinkedHashMap<>();
        for (Overview.Row row : overview.rows()) {
            if (region != null
                    && !regions.of(row.profile().code())
                            .map(r -> r.code().equals(regionCode))
                            .orElse(false)) {
                continue;
            }
            Map<String, Share> byArea = new LinkedHashMap<>();
            row.byArea().forEach((area, counts) -> byArea.put(area, Share.of(counts)));
            Line line = new Line(row, byArea, Share.of(row.total()));
            lines.add(line);
            regionTotal = regionTotal.plus(line.total());
            byArea.forEach((area, share) -> regionByArea.merge(area, share, Share::plus));
        }
        lines.sort(comparator(order, overview.areas(), locale));
        Map<String, Share> nationalByArea = new LinkedHashMap<>();
        overview.nationalByArea().forEach((area, counts) -> nationalByArea.put(area, Share.of(counts)));
        return new OverviewTable(
                order,
                region,
                regions.all(),
                ComputedStandings.PAIRS,
                lines,
                new Line(null, nationalByArea, Share.of(overview.totals())),
                region == null ? null : new Line(null, regionByArea, regionTotal));
    }

    private static Comparator<Line> comparator(String sort, List<ReformAreaInfo> areas, Locale locale) {
        Comparator<Line> byCode = Comparator.comparing(l -> l.row().profile().code());
        Collator collator = Collator.getInstance(locale);
        return switch (sort) {
            case BY_CODE -> (a, b) -> 0; // the overview's own order: by code, the older unit first
            case BY_NAME -> Comparator.comparing((Line l) -> l.row().unit().getNameVi(), collator);
            case BY_TOTAL -> byShare(Line::total).thenComparing(byCode);
            default -> {
                if (areas.stream().anyMatch(a -> a.code().equals(sort))) {
                    yield byShare((Line l) -> l.cell(sort)).thenComparing(byCode);
                }
                int index = indexOf(sort);
                ToLongFunction<Line> key = l -> l.row().standings().get(index).sortKey();
                yield Comparator.comparingLong(key).thenComparing(byCode);
            }
        };
    }

    /** Lines with goals first, the higher share first, then the more goals; lines without goals last. */
    private static Comparator<Line> byShare(java.util.function.Function<Line, Share> share) {
        return (a, b) -> {
            Share x = share.apply(a);
            Share y = share.apply(b);
            if (x.any() != y.any()) {
                return x.any() ? -1 : 1;
            }
            int byRatio = Long.compare(y.good() * x.goals(), x.good() * y.goals());
            return byRatio != 0 ? byRatio : Long.compare(y.goals(), x.goals());
        };
    }

    private static int indexOf(String scoreCode) {
        for (int i = 0; i < ComputedStandings.PAIRS.size(); i++) {
            if (ComputedStandings.PAIRS.get(i).scoreCode().equals(scoreCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException(scoreCode);
    }

    /** Whether the lines are in this order (for the column heads' aria-sort). */
    public boolean sortedBy(String key) {
        return sort.equals(key);
    }
}
