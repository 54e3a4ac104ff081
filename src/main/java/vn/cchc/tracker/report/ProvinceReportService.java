package vn.cchc.tracker.report;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.report.ProvinceReport.AreaSection;
import vn.cchc.tracker.report.ProvinceReport.DocumentLine;
import vn.cchc.tracker.report.ProvinceReport.HeadlineIndex;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.ReformArea;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.support.DecimalText;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.tablefile.CellText;

/** Gathers a province's report for a year: status counts, headline indices, documents, targets by reform area. */
@Service
@Transactional(readOnly = true)
public class ProvinceReportService {

    /** The published indices a report leads with, in this order. */
    static final List<String> HEADLINE = List.of("SIPAS", "PAR_INDEX_SCORE", "PAR_INDEX_RANK", "PAPI_GROUP", "PCI_GROUP");

    private static final String LATEST = """
            select distinct on (m.indicator_code) m.indicator_code, i.name_vi, i.name_en, i.unit_kind, i.max_value,
                   m.year, m.value_number, m.value_level, l.name_en as level_en
            from measurement m
              join province p on p.id = m.province_id
              join indicator i on i.code = m.indicator_code
              left join indicator_level l on l.indicator_code = m.indicator_code and l.name_vi = m.value_level
            where p.code = :code and m.year <= :year and m.indicator_code in (:codes)
            order by m.indicator_code, m.year desc, p.valid_from desc""";
    private static final String NAMES = "select code, name_vi, name_en from indicator where code in (:codes)";

    private final ProvinceService provinces;
    private final DocumentService documents;
    private final AttainmentService attainment;
    private final IndicatorService indicators;
    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    public ProvinceReportService(ProvinceService provinces, DocumentService documents, AttainmentService attainment,
                                 IndicatorService indicators, NamedParameterJdbcTemplate jdbc, MessageSource messages,
                                 Clock clock) {
        this.provinces = provinces;
        this.documents = documents;
        this.attainment = attainment;
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** @throws vn.cchc.tracker.support.NotFoundException for an unknown province code */
    public ProvinceReport report(String code, int year, Locale locale) {
        ProvinceProfile profile = provinces.profile(code);
        ProvinceUnit unit = profile.unitInYear(year).orElseGet(() -> profile.current().unit());
        List<TargetAttainment> targets = attainment.evaluate(code, year, locale);
        List<AreaSection> areas = new ArrayList<>();
        for (ReformArea area : indicators.reformAreas()) {
            List<TargetAttainment> inArea = targets.stream().filter(t -> t.target().reformAreaCode().equals(area.getCode())).toList();
            if (!inArea.isEmpty()) {
                areas.add(new AreaSection(area.getCode(), area.name(locale), inArea));
            }
        }
        List<DocumentLine> documentLines = documents.documentsOf(code).stream()
                .map(d -> new DocumentLine(d.getNumber(), text("document.kind." + d.getKind(), locale), d.getIssueDate(), d.getTitle()))
                .toList();
        return new ProvinceReport(code, unit.nameVi(), text("province.kind." + unit.kind(), locale), year,
                LocalDate.now(clock.withZone(CellText.ZONE)), StatusCounts.of(targets).asMap(), targets.size(),
                headline(code, year, locale), documentLines, areas);
    }

    private List<HeadlineIndex> headline(String code, int year, Locale locale) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("code", code).addValue("year", year)
                .addValue("codes", HEADLINE);
        Map<String, HeadlineIndex> found = new HashMap<>();
        jdbc.query(LATEST, params, rs -> {
            String indicator = rs.getString("indicator_code");
            String name = Languages.isEnglish(locale) ? rs.getString("name_en") : rs.getString("name_vi");
            String kind = rs.getString("unit_kind");
            BigDecimal number = rs.getBigDecimal("value_number");
            String value;
            if (number == null) {
                String level = Languages.isEnglish(locale) && rs.getString("level_en") != null ? rs.getString("level_en") : rs.getString("value_level");
                value = text("attainment.value.GROUP", locale, level);
            } else if ("RANK".equals(kind) && rs.getBigDecimal("max_value") != null) {
                value = text("report.rankOf", locale, DecimalText.format(number, locale), DecimalText.format(rs.getBigDecimal("max_value"), locale));
            } else {
                value = text("attainment.value." + kind, locale, DecimalText.format(number, locale));
            }
            found.put(indicator, new HeadlineIndex(indicator, name, value, rs.getInt("year")));
        });
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query(NAMES, new MapSqlParameterSource("codes", HEADLINE), rs -> {
            names.put(rs.getString(1), Languages.isEnglish(locale) ? rs.getString(3) : rs.getString(2));
        });
        List<HeadlineIndex> headline = new ArrayList<>();
        for (String indicator : HEADLINE) {
            if (names.containsKey(indicator)) {
                headline.add(found.getOrDefault(indicator, new HeadlineIndex(indicator, names.get(indicator), null, null)));
            }
        }
        return headline;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
