package vn.cchc.tracker.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private static final String SPECS = """
            select i.code, i.name_vi, i.name_en, i.reform_area_code, i.unit_kind, i.direction, i.min_value, i.max_value
            from indicator i join reform_area a on a.code = i.reform_area_code
            order by a.position, i.code""";
    private static final String LEVELS = """
            select indicator_code, name_vi, name_en from indicator_level order by indicator_code, position""";

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
     * The catalogue as plain data, in the same order, in two statements (the catalogue and the levels): what the
     * results grid, the import and the restore check values against.
     */
    public IndicatorCatalogue snapshot() {
        Map<String, List<GroupLevel>> levels = new HashMap<>();
        jdbc.query(LEVELS, rs -> {
            levels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new GroupLevel(rs.getString(2), rs.getString(3)));
        });
        return new IndicatorCatalogue(jdbc.query(SPECS, (rs, n) -> new IndicatorSpec(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), UnitKind.valueOf(rs.getString(5)), Direction.valueOf(rs.getString(6)),
                rs.getBigDecimal(7), rs.getBigDecimal(8), levels.get(rs.getString(1)))));
    }

    public List<ReformArea> reformAreas() {
        return reformAreas.findAllByOrderByPosition();
    }
}
