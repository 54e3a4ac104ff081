package vn.cchc.tracker.exporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.dashboard.ReformAreaInfo;
import vn.cchc.tracker.dashboard.Scorecard;
import vn.cchc.tracker.dashboard.ScorecardFilter;
import vn.cchc.tracker.dashboard.ScorecardService;
import vn.cchc.tracker.tablefile.ExportColumn;
import vn.cchc.tracker.tablefile.ExportTable;

/**
 * A province's scorecard for a year as a table: every target with its threshold, the judged result, progress,
 * status and explanation, in the reader's language — exactly the rows the page lists, in its order.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardExportService {

    private final ScorecardService scorecards;
    private final AttainmentService attainment;
    private final MessageSource messages;

    public ScorecardExportService(ScorecardService scorecards, AttainmentService attainment, MessageSource messages) {
        this.scorecards = scorecards;
        this.attainment = attainment;
        this.messages = messages;
    }

    /**
     * @throws vn.cchc.tracker.support.NotFoundException     for an unknown province code
     * @throws vn.cchc.tracker.support.BadParameterException for a filter the page refuses
     */
    public ExportTable scorecard(String provinceCode, int year, ScorecardFilter filter, Locale locale) {
        Scorecard scorecard = scorecards.scorecard(provinceCode, filter, year, locale);
        Map<String, ReformAreaInfo> areas =
                scorecard.areas().stream().collect(Collectors.toMap(ReformAreaInfo::code, Function.identity()));
        List<TargetAttainment> rows = scorecard.listed();
        List<ExportColumn<TargetAttainment>> columns = List.of(
                ExportColumn.of("export.scorecard.document", a -> a.documentNumbers()),
                ExportColumn.of(
                        "export.scorecard.reformArea",
                        a -> areaName(areas.get(a.target().reformAreaCode()), locale)),
                ExportColumn.of(
                        "export.scorecard.indicatorCode", a -> a.target().indicatorCode()),
                ExportColumn.of("export.scorecard.indicator", a -> a.target().indicatorName(locale)),
                ExportColumn.of("export.scorecard.scope", a -> a.target().scopeNote()),
                ExportColumn.of("export.scorecard.threshold", TargetAttainment::thresholdText),
                ExportColumn.of("export.scorecard.deadline", a -> a.target().deadlineYear()),
                ExportColumn.of("export.scorecard.judged", TargetAttainment::judgedText),
                ExportColumn.of("export.scorecard.judgedYear", a -> a.result().judgedYear()),
                ExportColumn.of(
                        "export.scorecard.progress", a -> percent(a.result().progress())),
                ExportColumn.of("export.scorecard.status", a -> attainment.statusLabel(a.status(), locale)),
                ExportColumn.of("export.scorecard.explanation", TargetAttainment::explanation));
        String sheet = messages.getMessage(
                "export.scorecard.sheet", new Object[] {provinceCode, String.valueOf(year)}, locale);
        return ExportColumn.table(sheet, columns, rows, messages, locale);
    }

    private static String areaName(ReformAreaInfo area, Locale locale) {
        return area == null ? null : area.name(locale);
    }

    /** Progress as a percentage with one decimal, uncapped (a target can be passed by far, or go backwards). */
    private static BigDecimal percent(BigDecimal progress) {
        return progress == null ? null : progress.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}
