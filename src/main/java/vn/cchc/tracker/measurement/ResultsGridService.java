package vn.cchc.tracker.measurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.province.ProvinceService;

/** Reads what the results grid of one province and year shows. */
@Service
@Transactional(readOnly = true)
public class ResultsGridService {

    private static final String TARGET_INDICATORS = """
            select t.indicator_code, count(*) from target t
              join document d on d.id = t.document_id
              join province p on p.id = d.province_id
            where p.code = ?
            group by t.indicator_code""";

    private final ProvinceService provinces;
    private final IndicatorService indicators;
    private final MeasurementRepository measurements;
    private final ApprovalService approvals;
    private final JdbcTemplate jdbc;

    public ResultsGridService(
            ProvinceService provinces,
            IndicatorService indicators,
            MeasurementRepository measurements,
            ApprovalService approvals,
            JdbcTemplate jdbc) {
        this.provinces = provinces;
        this.indicators = indicators;
        this.measurements = measurements;
        this.approvals = approvals;
        this.jdbc = jdbc;
    }

    /** The grid, for someone who may write the province (others get {@code AccessDeniedException}). */
    public ResultsGrid grid(String provinceCode, int year, Actor actor) {
        provinces.profile(provinceCode);
        actor.requireWrite(provinceCode);
        Map<String, Integer> targetCounts = new HashMap<>();
        jdbc.query(
                TARGET_INDICATORS,
                rs -> {
                    targetCounts.put(rs.getString(1), rs.getInt(2));
                },
                provinceCode);
        Map<String, MeasurementSnapshot> current = new HashMap<>();
        Map<String, MeasurementSnapshot> previous = new HashMap<>();
        for (Measurement m : measurements.findByProvinceCodeAndYears(provinceCode, List.of(year, year - 1))) {
            (m.getYear() == year ? current : previous).put(m.getIndicator().getCode(), MeasurementSnapshot.of(m));
        }
        Set<String> shown = new LinkedHashSet<>(targetCounts.keySet());
        shown.addAll(current.keySet());
        shown.addAll(previous.keySet());
        List<ResultsGrid.Row> rows = new ArrayList<>();
        for (IndicatorSpec indicator : indicators.snapshot().all()) { // by reform area, then code
            String code = indicator.code();
            if (shown.contains(code)) {
                rows.add(new ResultsGrid.Row(
                        indicator, current.get(code), previous.get(code), targetCounts.getOrDefault(code, 0)));
            }
        }
        return new ResultsGrid(
                provinceCode,
                provinces.unitInYear(provinceCode, year),
                year,
                approvals.approval(provinceCode, year),
                rows);
    }

    /** The GSO codes whose results the actor may enter: all tracked codes for admins, the bound ones for editors. */
    public List<String> writableCodes(Actor actor) {
        return provinces.profiles().stream()
                .map(p -> p.code())
                .filter(actor::canWrite)
                .toList();
    }
}
