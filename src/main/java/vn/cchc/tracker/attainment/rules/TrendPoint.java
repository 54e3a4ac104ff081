package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;

/**
 * One point a trend line was drawn through: a measured result, or the target's documented baseline value
 * ({@code baseline}) when its year has no result.
 */
public record TrendPoint(int year, BigDecimal value, boolean baseline) {}
