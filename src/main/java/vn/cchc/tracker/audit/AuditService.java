package vn.cchc.tracker.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail: the history of one record or one yearly value, and the filtered admin view. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    public static final int PAGE_SIZE = 50;
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
    private static final String COLUMNS = """
            select id, occurred_at, actor, entity_type, entity_id, province_code, indicator_code, year, action,
                   old_value::text as old_value, new_value::text as new_value, reason, origin
            from audit_event""";
    private static final String FILTER = """
             where (cast(:actor as varchar) is null or actor = :actor)
               and (cast(:province as varchar) is null or province_code = :province)
               and (cast(:from as timestamptz) is null or occurred_at >= :from)
               and (cast(:to as timestamptz) is null or occurred_at < :to)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditService(NamedParameterJdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Everything that happened to one record, oldest first. */
    public List<AuditRecord> history(AuditEntityType type, long entityId) {
        return jdbc.query(
                COLUMNS + " where entity_type = :type and entity_id = :id order by occurred_at, id",
                new MapSqlParameterSource("type", type.name()).addValue("id", entityId),
                mapper());
    }

    /**
     * Everything that happened to one province's value of one indicator in one year, oldest first, across deletes
     * and re-creations; approvals and reopenings of that province-year are included.
     */
    public List<AuditRecord> measurementHistory(String provinceCode, String indicatorCode, int year) {
        return jdbc.query(
                COLUMNS + "\n" + """
                 where province_code = :code and year = :year
                   and ((entity_type = 'MEASUREMENT' and indicator_code = :indicator) or entity_type = 'APPROVAL')
                 order by occurred_at, id""",
                new MapSqlParameterSource("code", provinceCode)
                        .addValue("indicator", indicatorCode)
                        .addValue("year", year),
                mapper());
    }

    /** One page of rows matching the filter, newest first. */
    public AuditPage search(AuditFilter filter, int page) {
        int safePage = Math.max(0, page);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("actor", filter.actor())
                .addValue("province", filter.provinceCode())
                .addValue(
                        "from",
                        filter.from() == null
                                ? null
                                : Timestamp.from(filter.from()
                                        .atStartOfDay(clock.getZone())
                                        .toInstant()))
                .addValue(
                        "to",
                        filter.to() == null
                                ? null
                                : Timestamp.from(filter.to()
                                        .plusDays(1)
                                        .atStartOfDay(clock.getZone())
                                        .toInstant()))
                .addValue("limit", PAGE_SIZE)
                .addValue("offset", (long) safePage * PAGE_SIZE);
        Long total = jdbc.queryForObject("select count(*) from audit_event\n" + FILTER, params, Long.class);
        List<AuditRecord> rows = jdbc.query(
                COLUMNS + "\n" + FILTER + " order by occurred_at desc, id desc limit :limit offset :offset",
                params,
                mapper());
        return new AuditPage(rows, safePage, PAGE_SIZE, total == null ? 0 : total);
    }

    /** Everyone who appears in the trail, for the filter's list. */
    public List<String> actors() {
        return jdbc.queryForList("select distinct actor from audit_event order by actor", Map.of(), String.class);
    }

    private RowMapper<AuditRecord> mapper() {
        return (rs, n) -> new AuditRecord(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                AuditEntityType.valueOf(rs.getString("entity_type")),
                (Long) rs.getObject("entity_id", Long.class),
                rs.getString("province_code"),
                rs.getString("indicator_code"),
                (Integer) rs.getObject("year", Integer.class),
                AuditAction.valueOf(rs.getString("action")),
                parse(rs.getString("old_value")),
                parse(rs.getString("new_value")),
                rs.getString("reason"),
                rs.getString("origin"));
    }

    private Map<String, Object> parse(String text) {
        return text == null ? null : json.readValue(text, MAP);
    }
}
