package vn.cchc.tracker.dashboard;

import java.util.List;
import vn.cchc.tracker.attainment.CalculationText;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.document.Document;

/**
 * One target in one year: its attainment, its document, every measurement of its province and indicator (those
 * after the evaluation year are listed but not judged), and the chart with the projection to the deadline.
 *
 * @param provinceName the current name of the province's GSO code
 * @param color        the province's palette index
 * @param breaks       changes of method between the listed measurements' years
 * @param calculation  how the status was computed, line by line
 */
public record TargetDetail(
        TargetAttainment attainment,
        Document document,
        IndicatorInfo indicator,
        String provinceName,
        int color,
        int year,
        List<MeasurementRow> measurements,
        ChartSpec chart,
        String chartSummary,
        List<ChartSpec.Break> breaks,
        List<CalculationText.Line> calculation) {

    /**
     * A measurement with its value as the reader writes it; {@code afterYear} when it is later than the year;
     * {@code national} its place in that year's national table (rank of N, median, best, worst — of the score a
     * rank or group comes from), or {@code null} when the year's table is not complete enough.
     */
    public record MeasurementRow(SeriesPoint point, String text, boolean afterYear, String national) {}
}
