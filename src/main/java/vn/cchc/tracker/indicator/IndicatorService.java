package vn.cchc.tracker.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IndicatorService {

    /** One row per level (one for an indicator without levels), so the snapshot is a single statement. */
    private static final String SNAPSHOT = """
            select i.code, i.name_vi, i.name_en, i.reform_area_code, i.unit_kind, i.direction, i.min_value, i.max_value,
                   l.name_vi as level_vi, l.name_en as level_en
            from indicator i
              join reform_area a on a.code = i.reform_area_code
              left join indicator_level l on l.indicator_code = i.code
            order by a.position, i.code, l.position""";

    private final IndicatorRepository indicators;
    private final ReformAreaRepository reformAreas;
    private final JdbcTemplate jdbc;

    public IndicatorService(IndicatorRepository indicators, ReformAreaRepository reformAreas, JdbcTemplate jdbc) {
        this.indicators = indicators;
        this.reformAreas = reformAreas;
        this.jdbc = jdbc;
    }

    /** The whole catalogue, levels loaded, ordered by reform area then code. */
    public List<Indicator> catalogue() {
        return indicators.findAllWithReformAreaAndLevels();
    }

    /**
     * The catalogue as plain data, in the same order, in one statement: what the results grid, the import, the
     * restore, the attainment evaluation and the dashboards read indicators from.
     */
    public IndicatorCatalogue snapshot() {
        Map<String, IndicatorSpec> byCode = new LinkedHashMap<>();
        Map<String, List<GroupLevel>> levels = new HashMap<>();
        jdbc.query(SNAPSHOT, rs -> {
            String code = rs.getString(1);
            if (!byCode.containsKey(code)) { // one row per level: the indicator comes with the first
                byCode.put(
                        code,
                        new IndicatorSpec(
                                code,
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                UnitKind.valueOf(rs.getString(5)),
                                Direction.valueOf(rs.getString(6)),
                                rs.getBigDecimal(7),
                                rs.getBigDecimal(8),
                                List.of()));
            }
            String level = rs.getString(9);
            if (level != null) {
                levels.computeIfAbsent(code, k -> new ArrayList<>()).add(new GroupLevel(level, rs.getString(10)));
            }
        });
        return new IndicatorCatalogue(byCode.values().stream()
                .map(i -> levels.containsKey(i.code()) ? i.withLevels(levels.get(i.code())) : i)
                .toList());
    }

    /** Every method change of the catalogue, in one statement. */
    public MethodChanges methodChanges() {
        return new MethodChanges(jdbc.query(
                "select indicator_code, year, note_vi, note_en from indicator_method_change",
                (rs, n) -> new MethodChange(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))));
    }

    public List<ReformArea> reformAreas() {
        return reformAreas.findAllByOrderByPosition();
    }
}
