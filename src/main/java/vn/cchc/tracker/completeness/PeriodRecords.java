package vn.cchc.tracker.completeness;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.tracker.reporting.PeriodKind;
import vn.cchc.tracker.tablefile.CellText;

/**
 * What the board and the periodic report read of a period, one statement each whatever the number of units: the
 * period, the submissions, the narratives, and which indicators have a value (stored yearly results, or provisional
 * values of the period).
 */
@Repository
public class PeriodRecords {

    private static final String PERIOD = """
            select id, window_from, window_to, due_date from reporting_period where year = :year and kind = :kind""";
    private static final String SUBMISSIONS = """
            select p.code, s.state, s.submitted_at
            from period_submission s join province p on p.id = s.province_id
            where s.period_id = :period""";
    private static final String NARRATIVES = """
            select n.target_id, n.assessment, n.causes, n.next_actions
            from target_narrative n
            where n.period_id = :period""";
    private static final String RESULTS = """
            select province_id, indicator_code from measurement where year = :year""";
    private static final String PROVISIONAL = """
            select province_id, indicator_code from provisional_measurement where period_id = :period""";

    private final NamedParameterJdbcTemplate jdbc;

    PeriodRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored period, or the default calendar's when its year has none. */
    public ReportingPeriod period(int year, PeriodKind kind) {
        List<ReportingPeriod> found = jdbc.query(
                PERIOD,
                new MapSqlParameterSource("year", year).addValue("kind", kind.name()),
                (rs, i) -> new ReportingPeriod(
                        rs.getLong("id"),
                        year,
                        kind,
                        rs.getObject("window_from", LocalDate.class),
                        rs.getObject("window_to", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class)));
        return found.isEmpty() ? ReportingPeriod.byDefault(year, kind) : found.get(0);
    }

    /** The narratives of a period, by target. */
    public Map<Long, Narrative> narratives(ReportingPeriod period) {
        Map<Long, Narrative> narratives = new HashMap<>();
        if (period.id() == null) {
            return narratives;
        }
        jdbc.query(NARRATIVES, new MapSqlParameterSource("period", period.id()), rs -> {
            long target = rs.getLong("target_id");
            narratives.put(
                    target,
                    new Narrative(
                            target, rs.getString("assessment"), rs.getString("causes"), rs.getString("next_actions")));
        });
        return narratives;
    }

    /** A unit's submission of the period: its state and the day (Vietnam's time) it was last submitted. */
    record Submission(String state, LocalDate submittedOn) {}

    /** The submissions of a period by code (a code has one unit expected to report in a period). */
    Map<String, Submission> submissions(ReportingPeriod period) {
        Map<String, Submission> submissions = new HashMap<>();
        if (period.id() == null) {
            return submissions;
        }
        jdbc.query(SUBMISSIONS, new MapSqlParameterSource("period", period.id()), rs -> {
            OffsetDateTime at = rs.getObject("submitted_at", OffsetDateTime.class);
            submissions.put(
                    rs.getString("code"),
                    new Submission(
                            rs.getString("state"),
                            at == null
                                    ? null
                                    : at.atZoneSameInstant(CellText.ZONE).toLocalDate()));
        });
        return submissions;
    }

    /**
     * The indicators each unit (by id) has a value of for the period: the yearly results of the year for the year's
     * period, the provisional values of the period for the others.
     */
    Map<Long, Set<String>> valuesByUnit(ReportingPeriod period) {
        Map<Long, Set<String>> values = new HashMap<>();
        if (!period.yearly() && period.id() == null) {
            return values;
        }
        String sql = period.yearly() ? RESULTS : PROVISIONAL;
        MapSqlParameterSource params = period.yearly()
                ? new MapSqlParameterSource("year", period.year())
                : new MapSqlParameterSource("period", period.id());
        jdbc.query(sql, params, rs -> {
            values.computeIfAbsent(rs.getLong("province_id"), k -> new HashSet<>())
                    .add(rs.getString("indicator_code"));
        });
        return values;
    }
}
