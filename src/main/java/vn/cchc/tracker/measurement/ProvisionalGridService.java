package vn.cchc.tracker.measurement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.support.NotFoundException;

/** Reads what the provisional entry page of one province and period shows; the rows are the results grid's. */
@Service
@Transactional(readOnly = true)
public class ProvisionalGridService {

    private final ResultsGridService results;
    private final StoredProvisionals stored;
    private final IndicatorService indicators;

    ProvisionalGridService(ResultsGridService results, StoredProvisionals stored, IndicatorService indicators) {
        this.results = results;
        this.stored = stored;
        this.indicators = indicators;
    }

    /** The year's periods that take provisional values (the first quarter, six months, nine months), earliest first. */
    public List<ProvisionalPeriod> periods(int year) {
        return stored.periods(year);
    }

    /**
     * The page, for someone who may write the province (others get {@code AccessDeniedException}).
     *
     * @param periodKind {@code Q1}, {@code H1} or {@code M9}; another, or a year without periods, is not found
     */
    public ProvisionalGrid grid(String provinceCode, int year, String periodKind, Actor actor) {
        ResultsGrid yearly = results.grid(provinceCode, year, actor);
        List<ProvisionalPeriod> periods = stored.periods(year);
        ProvisionalPeriod period = stored.period(periods, periodKind)
                .orElseThrow(() -> new NotFoundException("provisional.error.period", periodKind, year));
        Map<String, MeasurementSnapshot> current = yearly.unit()
                .map(u -> stored.stored(period, provinceCode, u.id()))
                .orElse(Map.of());
        List<ProvisionalGrid.Row> rows = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (ResultsGrid.Row row : yearly.rows()) {
            String code = row.indicator().code();
            shown.add(code);
            rows.add(new ProvisionalGrid.Row(row.indicator(), current.get(code), row.current(), row.targets()));
        }
        for (IndicatorSpec indicator : indicators.snapshot().all()) {
            if (current.containsKey(indicator.code()) && !shown.contains(indicator.code())) {
                rows.add(new ProvisionalGrid.Row(indicator, current.get(indicator.code()), null, 0));
            }
        }
        return new ProvisionalGrid(provinceCode, yearly.unit(), period, periods, yearly.approval(), rows);
    }
}
