/**
 * The read pages that combine features for a department head: the overview (provinces × reform areas),
 * the province list, a province's scorecard, the indicator comparison, the document page and the target page, with their
 * read queries and view models.
 * <p>Entry points: one service per page ({@code OverviewService}, {@code ScorecardService},
 * {@code ComparisonService}, {@code TargetDetailService}); controllers in {@code web} ({@code /}, {@code /provinces},
 * {@code /provinces/{code}}, {@code /compare}, {@code /documents/{id}}, {@code /targets/{id}}).
 * <p>The year a dashboard opens on without {@code ?year=} is the latest year with results ({@code DashboardYears},
 * {@code DashboardYear}); data entry keeps the current year.
 * <p>The overview is one compact table ({@code OverviewTable}: each area's share of goals met or on track, sorted and
 * filtered by region from query parameters) with each unit's standing on the headline indices
 * ({@code HeadlineStanding}: rank of N from the comparison's national tables, else the published rank or the score);
 * both plain Java.
 * <p>Also owns the socio-economic regions the dashboards group provinces by ({@code Regions}, shipped data in
 * {@code data/socio-economic-regions.csv}) and the national ranking table of the comparison ({@code RankingTable}).
 * The comparison opens on a handful of provinces, never on all ({@code ComparisonOpening}, plain Java): the national
 * distribution is drawn as a band and every province stands in the ranking table.
 */
package vn.cchc.tracker.dashboard;
