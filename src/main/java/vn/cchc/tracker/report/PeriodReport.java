package vn.cchc.tracker.report;

import java.util.List;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.completeness.Narrative;
import vn.cchc.tracker.completeness.ReportingPeriod;

/**
 * What the periodic report of a province (Báo cáo kết quả thực hiện các chỉ tiêu cải cách hành chính) holds, already
 * in the reader's language: the year's content of the province report ({@link ProvinceReport}: counts, targets by
 * reform area) with the period's narratives, the goals that need one, and every result of the year.
 *
 * @param periodLabel "Quý I", "6 tháng", "9 tháng", "Năm" (or English)
 * @param areas       per reform area its goals, each with its narrative of the period ({@code null} without one)
 * @param attention   the goals the narrative rule names (off track, at risk, missed, closed), in area order
 * @param results     every stored result of the year, with its source
 */
public record PeriodReport(
        ProvinceReport base,
        ReportingPeriod period,
        String periodLabel,
        List<Area> areas,
        List<Goal> attention,
        List<Result> results) {

    /** A goal with its narrative of the period, or {@code null}. */
    public record Goal(TargetAttainment attainment, Narrative narrative) {}

    /** A reform area's goals. */
    public record Area(String name, List<Goal> goals) {}

    /** A stored result of the year. */
    public record Result(String indicatorCode, String indicatorName, String value, String source) {}
}
