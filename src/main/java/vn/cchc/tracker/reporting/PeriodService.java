package vn.cchc.tracker.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.Violation;

/** The periods of a year: reading them, an admin moving their dates, creating a further year from the defaults. */
@Service
@Transactional(readOnly = true)
public class PeriodService {

    private static final String COLUMNS = "id, year, kind, window_from, window_to, due_date, version";
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    PeriodService(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The year's periods in calendar order; empty when the year has none yet. */
    public List<ReportingPeriod> periods(int year) {
        return jdbc.query(
                "select " + COLUMNS + " from reporting_period where year = ? order by window_to, id",
                PeriodService::row,
                year);
    }

    /** The years that have periods, newest first. */
    public List<Integer> years() {
        return jdbc.queryForList("select distinct year from reporting_period order by year desc", Integer.class);
    }

    public ReportingPeriod period(long id) {
        return jdbc.query("select " + COLUMNS + " from reporting_period where id = ?", PeriodService::row, id).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("reporting.period.notFound"));
    }

    /** @throws NotFoundException for an unknown kind or a year without that period */
    public ReportingPeriod period(int year, String kind) {
        PeriodKind k = kind(kind);
        return jdbc
                .query(
                        "select " + COLUMNS + " from reporting_period where year = ? and kind = ?",
                        PeriodService::row,
                        year,
                        k.name())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("reporting.period.notFound"));
    }

    static PeriodKind kind(String kind) {
        for (PeriodKind k : PeriodKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw new NotFoundException("reporting.period.notFound");
    }

    /** Moves a period's window and due date (admins); a stale version is refused. */
    @Transactional
    public ReportingPeriod update(long id, long expectedVersion, PeriodDates dates, Actor actor) {
        actor.requireAdmin();
        ReportingPeriod before = period(id);
        int updated = jdbc.update(
                """
                update reporting_period set window_from = ?, window_to = ?, due_date = ?, version = version + 1
                where id = ? and version = ?""",
                Date.valueOf(dates.windowFrom()),
                Date.valueOf(dates.windowTo()),
                Date.valueOf(dates.dueDate()),
                id,
                expectedVersion);
        if (updated == 0) {
            throw new OptimisticLockingFailureException("reporting period " + id + " changed meanwhile");
        }
        ReportingPeriod after = period(id);
        audit.record(new AuditEntry(
                actor.username(),
                AuditEntityType.PERIOD,
                id,
                null,
                null,
                before.year(),
                AuditAction.UPDATE,
                snapshot(before),
                snapshot(after),
                null,
                Origin.WEB));
        return after;
    }

    /** Creates the four periods of a year with the default calendar ({@link PeriodKind}); refused if it has any. */
    @Transactional
    public List<ReportingPeriod> createYear(String yearText, Actor actor) {
        actor.requireAdmin();
        int year = year(yearText);
        if (!periods(year).isEmpty()) {
            throw new InvalidInputException(
                    List.of(Violation.of("year", "reporting.period.error.yearExists", String.valueOf(year))));
        }
        for (PeriodKind kind : PeriodKind.values()) {
            jdbc.update(
                    "insert into reporting_period (year, kind, window_from, window_to, due_date) values (?, ?, ?, ?, ?)",
                    year,
                    kind.name(),
                    Date.valueOf(kind.defaultWindowFrom(year)),
                    Date.valueOf(kind.defaultWindowTo(year)),
                    Date.valueOf(kind.defaultDueDate(year)));
        }
        List<ReportingPeriod> created = periods(year);
        for (ReportingPeriod p : created) {
            audit.record(new AuditEntry(
                    actor.username(),
                    AuditEntityType.PERIOD,
                    p.id(),
                    null,
                    null,
                    year,
                    AuditAction.CREATE,
                    null,
                    snapshot(p),
                    null,
                    Origin.WEB));
        }
        return created;
    }

    private static int year(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{4}")) {
            int y = Integer.parseInt(t);
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                return y;
            }
        }
        throw new InvalidInputException(List.of(Violation.of(
                "year", "reporting.period.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))));
    }

    private static Map<String, Object> snapshot(ReportingPeriod p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind().name());
        m.put("windowFrom", p.windowFrom().toString());
        m.put("windowTo", p.windowTo().toString());
        m.put("dueDate", p.dueDate().toString());
        return m;
    }

    private static ReportingPeriod row(ResultSet rs, int n) throws SQLException {
        return new ReportingPeriod(
                rs.getLong("id"),
                rs.getInt("year"),
                PeriodKind.valueOf(rs.getString("kind")),
                rs.getDate("window_from").toLocalDate(),
                rs.getDate("window_to").toLocalDate(),
                rs.getDate("due_date").toLocalDate(),
                rs.getLong("version"));
    }
}
