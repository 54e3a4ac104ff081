package vn.cchc.tracker.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.cchc.tracker.support.DataVersion;
import vn.cchc.tracker.support.EvaluationYears;

/**
 * Decides the year a dashboard shows ({@link DashboardYear}). The latest year with results is one statement, kept
 * with the {@link DataVersion} it was read at: while the data is unchanged a page without {@code ?year=} costs one
 * statement more than one with it (the version), and a page with it costs none.
 */
@Component
public class DashboardYears {

    private static final String LATEST_WITH_RESULTS = "select max(year) from measurement where year <= ?";

    private final JdbcTemplate jdbc;
    private final DataVersion versions;
    private final EvaluationYears years;
    private volatile Kept kept;

    /** The latest year with results up to {@code current}, as read at {@code version}. */
    private record Kept(long version, int current, Integer latest) {}

    DashboardYears(JdbcTemplate jdbc, DataVersion versions, EvaluationYears years) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.years = years;
    }

    /** The year asked for, else the latest year with results, else the current year. */
    public DashboardYear shown(Integer requested) {
        if (requested != null) {
            return DashboardYear.of(requested, years.current(), null);
        }
        int current = years.current();
        return DashboardYear.of(null, current, latestWithResults(current));
    }

    private Integer latestWithResults(int current) {
        // a transaction that writes sees its own uncommitted results: never keep what it reads (it may roll back)
        boolean mayKeep = !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!mayKeep) {
            return jdbc.queryForObject(LATEST_WITH_RESULTS, Integer.class, current);
        }
        // the version first: results committed after it can only make the kept year newer than its version, and
        // the next version reads it again
        long version = versions.current();
        Kept mine = kept;
        if (mine != null && mine.version() == version && mine.current() == current) {
            return mine.latest();
        }
        Integer latest = jdbc.queryForObject(LATEST_WITH_RESULTS, Integer.class, current);
        kept = new Kept(version, current, latest);
        return latest;
    }
}
