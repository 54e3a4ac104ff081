package vn.cchc.tracker.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;

/**
 * The home page: every tracked province's target statuses by reform area and its headline indices. A fixed number
 * of SQL statements whatever the amount of data: the attainment of every target comes from
 * {@link AttainmentService} (five statements, one when its inputs are kept), the rest from {@link DashboardQuery}
 * and one statement for the provinces.
 */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    private final DashboardQuery query;
    private final AttainmentService attainment;
    private final ProvinceService provinces;
    private final DashboardTexts texts;

    OverviewService(
            DashboardQuery query, AttainmentService attainment, ProvinceService provinces, DashboardTexts texts) {
        this.query = query;
        this.attainment = attainment;
        this.provinces = provinces;
        this.texts = texts;
    }

    public Overview overview(int year, Locale locale) {
        List<String> codes = query.trackedCodes();
        Map<String, ProvinceProfile> profiles = provinces.profiles().stream()
                .map(p -> p.inYear(year))
                .collect(Collectors.toMap(ProvinceProfile::code, Function.identity()));
        List<TargetAttainment> all = attainment.evaluate(null, year, locale);
        StatusMatrix matrix = new StatusMatrix(all);
        Map<String, Map<String, SeriesPoint>> latest = query.latest(HeadlineValue.INDICATORS, year);
        PapiGroups.fillComputed(latest, query.series(null, PapiGroups.SCORE, year), year);
        List<Overview.Row> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            rows.add(new Overview.Row(
                    profiles.get(code),
                    i,
                    matrix.byArea(code),
                    matrix.total(code),
                    texts.headline(latest.getOrDefault(code, Map.of()), locale)));
        }
        return new Overview(year, query.reformAreas(), rows, StatusCounts.of(all));
    }
}
