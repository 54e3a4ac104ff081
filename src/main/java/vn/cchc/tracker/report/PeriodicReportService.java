package vn.cchc.tracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.completeness.CompletenessService;
import vn.cchc.tracker.completeness.Narrative;
import vn.cchc.tracker.completeness.PeriodRecords;
import vn.cchc.tracker.completeness.ReportingPeriod;
import vn.cchc.tracker.dashboard.ScorecardFilter;
import vn.cchc.tracker.reporting.NarrativeRule;
import vn.cchc.tracker.reporting.PeriodKind;
import vn.cchc.tracker.support.Languages;

/**
 * Gathers the periodic report of a province: the content of {@link ProvinceReportService} for the year (every goal,
 * unfiltered) with the period's narratives and the year's results. It holds narratives, so only the province's
 * editors, reviewers and admins may have it ({@link CompletenessService#mayRead}).
 */
@Service
@Transactional(readOnly = true)
public class PeriodicReportService {

    private static final String RESULTS = """
            select distinct on (m.indicator_code) m.indicator_code, i.name_vi, i.name_en, i.unit_kind, i.max_value,
                   m.value_number, m.value_level, l.name_en as level_en, m.source, i.reform_area_code
            from measurement m
              join province p on p.id = m.province_id
              join indicator i on i.code = m.indicator_code
              left join indicator_level l on l.indicator_code = m.indicator_code and l.name_vi = m.value_level
            where p.code = :code and m.year = :year
            order by m.indicator_code, p.valid_from desc nulls last""";

    private final ProvinceReportService provinceReports;
    private final PeriodRecords records;
    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    PeriodicReportService(
            ProvinceReportService provinceReports,
            PeriodRecords records,
            NamedParameterJdbcTemplate jdbc,
            MessageSource messages) {
        this.provinceReports = provinceReports;
        this.records = records;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * @throws AccessDeniedException                     for anyone but the province's editors, reviewers and admins
     * @throws vn.cchc.tracker.support.NotFoundException for an unknown province code
     */
    public PeriodReport report(Actor actor, String code, int year, PeriodKind kind, Locale locale) {
        if (!CompletenessService.mayRead(actor, code)) {
            throw new AccessDeniedException(actor.username() + " may not read the reports of province " + code);
        }
        ProvinceReport base = provinceReports.report(code, ScorecardFilter.all(), year, locale);
        ReportingPeriod period = records.period(year, kind);
        Map<Long, Narrative> narratives = records.narratives(period);
        List<PeriodReport.Area> areas = new ArrayList<>();
        List<PeriodReport.Goal> attention = new ArrayList<>();
        for (ProvinceReport.AreaSection section : base.areas()) {
            List<PeriodReport.Goal> goals = new ArrayList<>();
            for (TargetAttainment a : section.targets()) {
                PeriodReport.Goal goal = new PeriodReport.Goal(a, narrativeOf(a, narratives));
                goals.add(goal);
                if (NarrativeRule.requiresNarrative(a.status())) {
                    attention.add(goal);
                }
            }
            areas.add(new PeriodReport.Area(section.name(), goals));
        }
        return new PeriodReport(
                base,
                period,
                messages.getMessage(kind.messageKey(), null, kind.name(), locale),
                areas,
                attention,
                results(code, year, locale));
    }

    /** A goal's narrative: written on any of the targets that set it (the first in document order). */
    private static Narrative narrativeOf(TargetAttainment goal, Map<Long, Narrative> narratives) {
        return goal.goalTargets().stream()
                .map(TargetRow::targetId)
                .map(narratives::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private List<PeriodReport.Result> results(String code, int year, Locale locale) {
        List<PeriodReport.Result> results = new ArrayList<>();
        jdbc.query(RESULTS, new MapSqlParameterSource("code", code).addValue("year", year), rs -> {
            results.add(new PeriodReport.Result(
                    rs.getString("indicator_code"),
                    Languages.isEnglish(locale) ? rs.getString("name_en") : rs.getString("name_vi"),
                    provinceReports.valueText(
                            rs.getString("unit_kind"),
                            rs.getBigDecimal("value_number"),
                            rs.getString("value_level"),
                            rs.getString("level_en"),
                            rs.getBigDecimal("max_value"),
                            locale),
                    rs.getString("source")));
        });
        return results;
    }
}
