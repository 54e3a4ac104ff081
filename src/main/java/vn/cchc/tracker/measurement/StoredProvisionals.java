package vn.cchc.tracker.measurement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.tracker.indicator.UnitKind;

/** The periods that take provisional values and the values stored at them, read with one statement each. */
@Repository
class StoredProvisionals {

    // the year's own period takes the yearly result, never a provisional value (also refused by V72's trigger)
    private static final String PERIODS = """
            select id, year, kind, window_from, window_to, due_date from reporting_period
            where year = ? and kind <> 'YEAR' order by window_to, id""";
    private static final String STORED = """
            select pm.id, pm.version, pm.indicator_code, pm.indicator_kind, pm.value_number, pm.value_level,
                   pm.source, pm.note, pm.updated_by, pm.updated_at
            from provisional_measurement pm
            where pm.period_id = ? and pm.province_id = ?""";

    private final JdbcTemplate jdbc;

    StoredProvisionals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's periods that take provisional values, earliest first. */
    List<ProvisionalPeriod> periods(int year) {
        return jdbc.query(
                PERIODS,
                (rs, n) -> new ProvisionalPeriod(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)),
                year);
    }

    Optional<ProvisionalPeriod> period(List<ProvisionalPeriod> periods, String kind) {
        return periods.stream().filter(p -> p.kind().equals(kind)).findFirst();
    }

    /** Indicator code → the value the unit has at the period. */
    Map<String, MeasurementSnapshot> stored(ProvisionalPeriod period, String provinceCode, long unitId) {
        Map<String, MeasurementSnapshot> stored = new HashMap<>();
        jdbc.query(
                STORED,
                rs -> {
                    stored.put(
                            rs.getString(3),
                            new MeasurementSnapshot(
                                    rs.getLong(1),
                                    provinceCode,
                                    rs.getString(3),
                                    UnitKind.valueOf(rs.getString(4)),
                                    period.year(),
                                    rs.getBigDecimal(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getObject(10, OffsetDateTime.class).toInstant(),
                                    rs.getLong(2)));
                },
                period.id(),
                unitId);
        return stored;
    }
}
