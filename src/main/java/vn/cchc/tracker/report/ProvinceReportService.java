package vn.cchc.tracker.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.dashboard.Scorecard;
import vn.cchc.tracker.dashboard.ScorecardFilter;
import vn.cchc.tracker.dashboard.ScorecardService;
import vn.cchc.tracker.dashboard.TargetSort;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.report.ProvinceReport.AreaSection;
import vn.cchc.tracker.report.ProvinceReport.DocumentLine;
import vn.cchc.tracker.report.ProvinceReport.HeadlineIndex;
import vn.cchc.tracker.support.DecimalText;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.tablefile.CellText;

/**
 * Gathers a province's report for a year: status counts, headline indices, documents, and the targets of its
 * scorecard page by reform area — with the page's filters and order, so the report prints what the page lists.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceReportService {

    /** The published indices a report leads with, in this order. */
    static final List<String> HEADLINE =
            List.of("SIPAS", "PAR_INDEX_SCORE", "PAR_INDEX_RANK", "PAPI_GROUP", "PCI_GROUP");

    private static final String LATEST = """
            select distinct on (m.indicator_code) m.indicator_code, i.name_vi, i.name_en, i.unit_kind, i.max_value,
                   m.year, m.value_number, m.value_level, l.name_en as level_en
            from measurement m
              join province p on p.id = m.province_id
              join indicator i on i.code = m.indicator_code
              left join indicator_level l on l.indicator_code = m.indicator_code and l.name_vi = m.value_level
            where p.code = :code and m.year <= :year and m.indicator_code in (:codes)
            order by m.indicator_code, m.year desc, p.valid_from desc nulls last""";
    private static final String NAMES = "select code, name_vi, name_en from indicator where code in (:codes)";

    private final ScorecardService scorecards;
    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    public ProvinceReportService(
            ScorecardService scorecards, NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.scorecards = scorecards;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @throws vn.cchc.tracker.support.NotFoundException     for an unknown province code
     * @throws vn.cchc.tracker.support.BadParameterException for a filter the scorecard page refuses
     */
    public ProvinceReport report(String code, ScorecardFilter filter, int year, Locale locale) {
        Scorecard scorecard = scorecards.scorecard(code, filter, year, locale);
        ProvinceProfile profile = scorecard.profile();
        ProvinceUnit unit =
                profile.unitInYear(year).orElseGet(() -> profile.current().unit());
        List<AreaSection> areas = scorecard.groups().stream()
                .map(g -> new AreaSection(
                        g.area().code(),
                        g.area().name(locale),
                        g.documents().stream()
                                .flatMap(d -> d.rows().stream())
                                .map(Scorecard.Row::attainment)
                                .toList()))
                .toList();
        List<DocumentLine> documentLines = scorecard.documents().stream()
                .map(d -> new DocumentLine(
                        d.getNumber(), text("document.kind." + d.getKind(), locale), d.getIssueDate(), d.getTitle()))
                .toList();
        return new ProvinceReport(
                code,
                unit.nameVi(),
                text("province.kind." + unit.kind(), locale),
                year,
                LocalDate.now(clock.withZone(CellText.ZONE)),
                scorecard.counts().asMap(),
                (int) scorecard.counts().total(),
                filters(scorecard, locale),
                headline(code, year, locale),
                documentLines,
                areas);
    }

    /** The page's filters and order in words ("Lĩnh vực: …"); none when it lists every target in document order. */
    private List<String> filters(Scorecard scorecard, Locale locale) {
        ScorecardFilter filter = scorecard.filter();
        List<String> words = new ArrayList<>();
        if (filter.documentId() != null) {
            scorecard.documents().stream()
                    .filter(d -> d.getId().equals(filter.documentId()))
                    .findFirst()
                    .ifPresent(d -> words.add(labelled("dashboard.scorecard.document", d.getNumber(), locale)));
        }
        if (filter.areaCode() != null) {
            String area = scorecard.areas().stream()
                    .filter(a -> a.code().equals(filter.areaCode()))
                    .map(a -> a.name(locale))
                    .findFirst()
                    .orElse(filter.areaCode());
            words.add(labelled("dashboard.scorecard.area", area, locale));
        }
        if (filter.status() != null) {
            String status = text("attainment.status." + filter.status(), locale);
            words.add(labelled("dashboard.scorecard.status", status, locale));
        }
        if (filter.sort() != TargetSort.DOCUMENT) {
            words.add(labelled("dashboard.scorecard.sort", text("dashboard.sort." + filter.sort(), locale), locale));
        }
        return words;
    }

    private String labelled(String labelKey, String value, Locale locale) {
        return text(labelKey, locale) + ": " + value;
    }

    private List<HeadlineIndex> headline(String code, int year, Locale locale) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("code", code)
                .addValue("year", year)
                .addValue("codes", HEADLINE);
        Map<String, HeadlineIndex> found = new HashMap<>();
        jdbc.query(LATEST, params, rs -> {
            String indicator = rs.getString("indicator_code");
            String name = Languages.isEnglish(locale) ? rs.getString("name_en") : rs.getString("name_vi");
            String value = valueText(
                    rs.getString("unit_kind"),
                    rs.getBigDecimal("value_number"),
                    rs.getString("value_level"),
                    rs.getString("level_en"),
                    rs.getBigDecimal("max_value"),
                    locale);
            found.put(indicator, new HeadlineIndex(indicator, name, value, rs.getInt("year")));
        });
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query(NAMES, new MapSqlParameterSource("codes", HEADLINE), rs -> {
            names.put(rs.getString(1), Languages.isEnglish(locale) ? rs.getString(3) : rs.getString(2));
        });
        List<HeadlineIndex> headline = new ArrayList<>();
        for (String indicator : HEADLINE) {
            if (names.containsKey(indicator)) {
                headline.add(
                        found.getOrDefault(indicator, new HeadlineIndex(indicator, names.get(indicator), null, null)));
            }
        }
        return headline;
    }

    /**
     * A stored result in words with its unit ("88,5%", "hạng 12/63", "nhóm Khá"): the one wording of a value in the
     * province reports, PDF and DOCX.
     */
    String valueText(String kind, BigDecimal number, String level, String levelEn, BigDecimal max, Locale locale) {
        if (number == null) {
            String shown = Languages.isEnglish(locale) && levelEn != null ? levelEn : level;
            return text("attainment.value.GROUP", locale, shown);
        }
        if ("RANK".equals(kind) && max != null) {
            return text("report.rankOf", locale, DecimalText.format(number, locale), DecimalText.format(max, locale));
        }
        return text("attainment.value." + kind, locale, DecimalText.format(number, locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
