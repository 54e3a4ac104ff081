package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.tracker.indicator.NationalRanking;
import vn.cchc.tracker.indicator.UnitKind;

/**
 * PAPI groups computed from the year's national table of PAPI totals (quartiles, {@link NationalRanking}) for a
 * province whose latest total is newer than its latest published group. Never replaces a published group of the same
 * or a later year; marked computed.
 */
final class PapiGroups {

    static final String SCORE = "PAPI_SCORE";
    static final String GROUP = "PAPI_GROUP";
    private static final List<String> GROUPS_EN = List.of("lowest", "low average", "high average", "highest");

    private PapiGroups() {}

    /**
     * @param latest the latest headline values by GSO code, filled in place
     * @param totals every unit's PAPI totals up to the year, by GSO code then indicator
     */
    static void fillComputed(
            Map<String, Map<String, SeriesPoint>> latest,
            Map<String, Map<String, List<SeriesPoint>>> totals,
            int year) {
        Map<Integer, List<BigDecimal>> byYear = new HashMap<>();
        Map<String, SeriesPoint> latestTotal = new HashMap<>();
        totals.forEach((code, byIndicator) -> {
            List<SeriesPoint> points = byIndicator.getOrDefault(SCORE, List.of());
            points.stream().filter(p -> p.number() != null).forEach(p -> byYear.computeIfAbsent(
                            p.year(), y -> new java.util.ArrayList<>())
                    .add(p.number()));
            if (!points.isEmpty()) {
                latestTotal.put(code, points.get(points.size() - 1));
            }
        });
        latest.forEach((code, values) -> {
            SeriesPoint total = latestTotal.get(code);
            SeriesPoint published = values.get(GROUP);
            if (total == null || total.number() == null || (published != null && published.year() >= total.year())) {
                return;
            }
            List<BigDecimal> scores = byYear.getOrDefault(total.year(), List.of());
            if (scores.size() < NationalContext.COMPLETE_ENOUGH) {
                return;
            }
            new NationalRanking(scores).groupOf(total.number()).ifPresent(level -> {
                int position = NationalRanking.PAPI_GROUPS.indexOf(level) + 1;
                values.put(
                        GROUP,
                        new SeriesPoint(
                                total.year(),
                                UnitKind.GROUP,
                                null,
                                level,
                                GROUPS_EN.get(position - 1),
                                position,
                                total.source(),
                                null,
                                total.sourceUrl(),
                                true));
            });
        });
    }
}
