package vn.cchc.tracker.exporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.importing.ImportColumn;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.tablefile.ExportColumn;
import vn.cchc.tracker.tablefile.ExportTable;

/**
 * Yearly results as a table, filtered by province, indicator and year: for people (names, units, who updated it
 * when, headers in their language) or in the import layout, so a file can be downloaded, corrected and uploaded
 * again.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementExportService {

    /** Filters; {@code null} means all. */
    public record Filter(String provinceCode, String indicatorCode, Integer year) {}

    /** A stored result with what a reader needs beside it. */
    public record Row(
            String provinceCode,
            String provinceName,
            String indicatorCode,
            String indicatorNameVi,
            String indicatorNameEn,
            UnitKind unitKind,
            int year,
            BigDecimal valueNumber,
            String valueLevel,
            String valueLevelEn,
            String source,
            String note,
            String updatedBy,
            String updaterRole,
            Instant updatedAt,
            String sourceUrl,
            String sourcePublisher,
            boolean computed) {

        Object value(Locale locale) {
            if (valueNumber != null) {
                return valueNumber;
            }
            return Languages.isEnglish(locale) && valueLevelEn != null ? valueLevelEn : valueLevel;
        }
    }

    private static final String ROWS = """
            select p.code, p.name_vi, m.indicator_code, i.name_vi as indicator_vi, i.name_en as indicator_en, i.unit_kind,
                   m.year, m.value_number, m.value_level, l.name_en as level_en, m.source, m.note, m.updated_by, a.role, m.updated_at,
                   m.source_url, m.source_publisher, m.computed
            from measurement m
              left join account a on a.username = m.updated_by
              join province p on p.id = m.province_id
              join indicator i on i.code = m.indicator_code
              left join indicator_level l on l.indicator_code = m.indicator_code and l.name_vi = m.value_level
            where (cast(:code as varchar) is null or p.code = :code)
              and (cast(:indicator as varchar) is null or m.indicator_code = :indicator)
              and (cast(:year as integer) is null or m.year = :year)
            order by p.code, m.indicator_code, m.year, p.valid_from nulls first""";

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    public MeasurementExportService(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * @throws BadParameterException when the province or indicator code names nothing
     */
    public List<Row> rows(Filter filter) {
        if (filter.provinceCode() != null
                && count("select count(*) from province where code = :v", filter.provinceCode()) == 0) {
            throw new BadParameterException("province", "error.parameter.province", filter.provinceCode());
        }
        if (filter.indicatorCode() != null
                && count("select count(*) from indicator where code = :v", filter.indicatorCode()) == 0) {
            throw new BadParameterException("indicator", "error.parameter.indicator", filter.indicatorCode());
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("code", filter.provinceCode())
                .addValue("indicator", filter.indicatorCode())
                .addValue("year", filter.year());
        return jdbc.query(
                ROWS,
                params,
                (rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        UnitKind.valueOf(rs.getString(6)),
                        rs.getInt(7),
                        rs.getBigDecimal(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getObject(15, OffsetDateTime.class).toInstant(),
                        rs.getString(16),
                        rs.getString(17),
                        rs.getBoolean(18)));
    }

    /**
     * For people: codes and names, value and unit, source, note, who updated it and when. Who is a login name only
     * for a reader who is logged in; anyone else reads the office ("Văn phòng CCHC" of the row's province, the
     * administrator, or the system), so public files never help anyone guess or lock accounts.
     */
    public ExportTable table(Filter filter, Locale locale, boolean showLogins) {
        List<ExportColumn<Row>> columns = List.of(
                ExportColumn.of("export.measurements.provinceCode", Row::provinceCode),
                ExportColumn.of("export.measurements.province", Row::provinceName),
                ExportColumn.of("export.measurements.indicatorCode", Row::indicatorCode),
                ExportColumn.of(
                        "export.measurements.indicator",
                        r -> Languages.isEnglish(locale) ? r.indicatorNameEn() : r.indicatorNameVi()),
                ExportColumn.of("export.measurements.year", Row::year),
                ExportColumn.of("export.measurements.value", r -> r.value(locale)),
                ExportColumn.of(
                        "export.measurements.unit",
                        r -> messages.getMessage("indicator.unit." + r.unitKind(), null, locale)),
                ExportColumn.of("export.measurements.source", Row::source),
                ExportColumn.of("export.measurements.note", Row::note),
                ExportColumn.of(
                        "export.measurements.updatedBy", r -> showLogins ? r.updatedBy() : publicUpdater(r, locale)),
                ExportColumn.of("export.measurements.updatedAt", Row::updatedAt));
        return ExportColumn.table(
                messages.getMessage("export.measurements.sheet", null, locale),
                columns,
                rows(filter),
                messages,
                locale);
    }

    private String publicUpdater(Row row, Locale locale) {
        if (row.updaterRole() == null) {
            return messages.getMessage("export.measurements.updatedBy.system", null, locale);
        }
        if ("ADMIN".equals(row.updaterRole())) {
            return messages.getMessage("export.measurements.updatedBy.admin", null, locale);
        }
        return messages.getMessage("export.measurements.updatedBy.office", new Object[] {row.provinceName()}, locale);
    }

    /** Exactly the import layout (headers are the column codes; group values as stored), ready to upload again. */
    public ExportTable importLayout(Filter filter) {
        return importLayout(rows(filter));
    }

    static ExportTable importLayout(List<Row> rows) {
        List<List<Object>> cells = rows.stream()
                .map(r -> Arrays.<Object>asList(
                        r.provinceCode(),
                        r.indicatorCode(),
                        r.year(),
                        r.valueNumber() != null ? r.valueNumber() : r.valueLevel(),
                        r.source(),
                        r.note(),
                        r.sourceUrl(),
                        r.sourcePublisher(),
                        r.computed() ? "true" : "false"))
                .toList();
        return new ExportTable("measurements", ImportColumn.headers(), cells);
    }

    private int count(String sql, String value) {
        Integer n = jdbc.queryForObject(sql, new MapSqlParameterSource("v", value), Integer.class);
        return n == null ? 0 : n;
    }
}
