/**
 * The indicator catalogue shared by all provinces and the reform areas that group it: unit kinds, directions,
 * valid ranges, ordered group levels, and the rules a value of an indicator must follow ({@code ValueRules}).
 * <p>Entry points: {@code IndicatorService} (its {@code snapshot()}, an {@code IndicatorCatalogue} of
 * {@code IndicatorSpec}s, is what values are checked against); {@code ValueRules}, the one grammar of a written value
 * for the results grid, the import and the restore (plain Java); {@code /indicators} and {@code GET /api/v1/indicators}
 * in {@code web};
 * {@code MethodChanges}, the method changes (PAPI 2018, SIPAS 2022, PAR Index 2024) and whether two years lie across one;
 * {@code NationalRanking}, ranks, median, best, worst and PERCENTILE.INC quartile groups of a year's national table;
 * {@code ComputedStandings}, the one rule for ranks and groups computed from a national table of scores (which pairs,
 * "complete enough", never over a stored value), applied at read time by the attainment and the dashboards.
 */
package vn.cchc.tracker.indicator;
