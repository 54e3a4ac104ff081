package vn.cchc.tracker.dashboard;

/**
 * The year a dashboard shows, and why: the one asked for ({@code ?year=}), else the latest year up to now that has
 * any result (index results for year D are published in D + 1, so the current year has none for months), else, on an
 * installation without results, the current year. Data entry keeps the current year (support.EvaluationYears).
 * Public: templates read it.
 */
public record DashboardYear(int year, Basis basis) {

    public enum Basis {
        /** Asked for in the address. */
        CHOSEN,
        /** Not asked for: the latest year, up to the current one, with any result. */
        LATEST_RESULTS,
        /** Not asked for, and no result up to the current year: the current year. */
        CURRENT_NO_RESULTS
    }

    /**
     * @param requested          the year asked for, {@code null} when none was
     * @param current            the current year (the clock's)
     * @param latestWithResults  the latest year up to {@code current} with any result, {@code null} if none
     */
    public static DashboardYear of(Integer requested, int current, Integer latestWithResults) {
        if (requested != null) {
            return new DashboardYear(requested, Basis.CHOSEN);
        }
        if (latestWithResults != null && latestWithResults <= current) {
            return new DashboardYear(latestWithResults, Basis.LATEST_RESULTS);
        }
        return new DashboardYear(current, Basis.CURRENT_NO_RESULTS);
    }

    /** Whether the person chose the year; otherwise the page says which year it shows and why. */
    public boolean chosen() {
        return basis == Basis.CHOSEN;
    }
}
