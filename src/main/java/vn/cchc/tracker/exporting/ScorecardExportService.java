package vn.cchc.tracker.exporting;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.ReformArea;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.tablefile.ExportColumn;
import vn.cchc.tracker.tablefile.ExportTable;

/**
 * A province's scorecard for a year as a table: every target with its threshold, the judged result, progress,
 * status and explanation, in the reader's language, with the page's filters applied.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardExportService {

    private final ProvinceService provinces;
    private final AttainmentService attainment;
    private final IndicatorService indicators;
    private final MessageSource messages;

    public ScorecardExportService(ProvinceService provinces, AttainmentService attainment, IndicatorService indicators,
                                  MessageSource messages) {
        this.provinces = provinces;
        this.attainment = attainment;
        this.indicators = indicators;
        this.messages = messages;
    }

    /** @throws vn.cchc.tracker.support.NotFoundException for an unknown province code */
    public ExportTable scorecard(String provinceCode, int year, ScorecardFilter filter, Locale locale) {
        provinces.profile(provinceCode);
        Map<String, ReformArea> areas = indicators.reformAreas().stream()
                .collect(Collectors.toMap(ReformArea::getCode, Function.identity()));
        List<TargetAttainment> rows = attainment.evaluate(provinceCode, year, locale).stream().filter(filter::matches).toList();
        List<ExportColumn<TargetAttainment>> columns = List.of(
                ExportColumn.of("export.scorecard.document", a -> a.target().documentNumber()),
                ExportColumn.of("export.scorecard.reformArea", a -> areaName(areas.get(a.target().reformAreaCode()), locale)),
                ExportColumn.of("export.scorecard.indicatorCode", a -> a.target().indicatorCode()),
                ExportColumn.of("export.scorecard.indicator", a -> a.target().indicatorName(locale)),
                ExportColumn.of("export.scorecard.scope", a -> a.target().scopeNote()),
                ExportColumn.of("export.scorecard.threshold", TargetAttainment::thresholdText),
                ExportColumn.of("export.scorecard.deadline", a -> a.target().deadlineYear()),
                ExportColumn.of("export.scorecard.judged", TargetAttainment::judgedText),
                ExportColumn.of("export.scorecard.judgedYear", a -> a.result().judgedYear()),
                ExportColumn.of("export.scorecard.progress", a -> percent(a.result().progress())),
                ExportColumn.of("export.scorecard.status", a -> attainment.statusLabel(a.status(), locale)),
                ExportColumn.of("export.scorecard.explanation", TargetAttainment::explanation));
        String sheet = messages.getMessage("export.scorecard.sheet", new Object[] {provinceCode, String.valueOf(year)}, locale);
        return ExportColumn.table(sheet, columns, rows, messages, locale);
    }

    private static String areaName(ReformArea area, Locale locale) {
        return area == null ? null : area.name(locale);
    }

    /** Progress as a percentage with one decimal, uncapped (a target can be passed by far, or go backwards). */
    private static BigDecimal percent(BigDecimal progress) {
        return progress == null ? null : progress.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}
