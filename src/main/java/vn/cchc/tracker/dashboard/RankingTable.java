package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.cchc.tracker.attainment.AttainmentExplainer;
import vn.cchc.tracker.indicator.NationalRanking;

/**
 * Every unit with a value in one year, ranked among them ({@link NationalRanking}: ties share a rank), with the change
 * from the previous year and its trend. Plain Java.
 *
 * @param year   the ranking year: the latest year up to the page's year with a national table complete enough
 * @param scored the N of "rank r of N"
 * @param sort   one of {@link #SORTS}
 */
public record RankingTable(int year, int scored, String sort, List<Row> rows) {

    public static final String BY_RANK = "rank";
    public static final String BY_NAME = "name";
    public static final String BY_CHANGE = "change";
    public static final List<String> SORTS = List.of(BY_RANK, BY_NAME, BY_CHANGE);

    /**
     * One unit's line.
     *
     * @param change     the change from the previous year as the reader writes it ("+1,2", "−0,5"), or {@code null}
     *                   when there is no previous value or the method changed in between
     * @param changeSign the sign of the change (−1, 0, 1), 0 without a change
     * @param chosen     whether the unit is one of the provinces compared
     */
    public record Row(
            String code,
            String name,
            int rank,
            String value,
            SeriesPoint point,
            BigDecimal changeNumber,
            String change,
            int changeSign,
            Sparkline trend,
            boolean chosen) {}

    /** The sort as asked, or by rank for anything else. */
    public static String sortOrDefault(String sort) {
        return sort != null && SORTS.contains(sort) ? sort : BY_RANK;
    }

    /**
     * @param series      every unit's values of the indicator, by GSO code, oldest first
     * @param names       the unit's name by code
     * @param methodBreak whether the method changed in the ranking year, so no change from the previous year is shown
     * @param text        a value as the reader writes it
     * @return the table, or {@code null} when no year up to {@code year} has a national table complete enough
     */
    static RankingTable of(
            NationalContext national,
            Map<String, List<SeriesPoint>> series,
            Function<String, String> names,
            Set<String> chosen,
            int year,
            Function<Integer, Boolean> methodBreak,
            String sort,
            Function<SeriesPoint, String> text,
            Locale locale) {
        Integer rankingYear = national.latestUpTo(year);
        if (rankingYear == null) {
            return null;
        }
        NationalRanking table = national.in(rankingYear);
        boolean broken = Boolean.TRUE.equals(methodBreak.apply(rankingYear));
        List<Row> rows = new ArrayList<>();
        series.forEach((code, points) -> {
            SeriesPoint now = find(points, rankingYear);
            if (now == null || now.number() == null) {
                return;
            }
            SeriesPoint before = find(points, rankingYear - 1);
            BigDecimal change = broken || before == null || before.number() == null
                    ? null
                    : now.number().subtract(before.number());
            List<Sparkline.Value> values = points.stream()
                    .filter(p -> p.number() != null && p.year() <= rankingYear)
                    .map(p -> new Sparkline.Value(p.year(), p.number()))
                    .toList();
            String name = names.apply(code);
            rows.add(new Row(
                    code,
                    name,
                    table.rankOf(now.number()).orElseThrow(),
                    text.apply(now),
                    now,
                    change,
                    change == null ? null : signed(change, locale),
                    change == null ? 0 : change.signum(),
                    Sparkline.of(values, null, false, name),
                    chosen.contains(code)));
        });
        Collator collator = Collator.getInstance(locale);
        Comparator<Row> byName = Comparator.comparing(Row::name, collator);
        Comparator<Row> order =
                switch (sortOrDefault(sort)) {
                    case BY_NAME -> byName;
                    case BY_CHANGE ->
                        Comparator.comparing(
                                        Row::changeNumber, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                                .thenComparing(byName);
                    default -> Comparator.comparingInt(Row::rank).thenComparing(byName);
                };
        rows.sort(order);
        return new RankingTable(rankingYear, table.scored(), sortOrDefault(sort), rows);
    }

    private static SeriesPoint find(List<SeriesPoint> points, int year) {
        return points.stream().filter(p -> p.year() == year).findFirst().orElse(null);
    }

    /** "+1,2", "−0,5" (a true minus sign), "0". */
    static String signed(BigDecimal change, Locale locale) {
        String number = AttainmentExplainer.formatNumber(change.abs(), locale);
        return switch (change.signum()) {
            case 1 -> "+" + number;
            case -1 -> "−" + number;
            default -> number;
        };
    }
}
