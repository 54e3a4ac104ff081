package vn.cchc.tracker.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;

/**
 * What a printable province report shows for a year, already in the reader's language.
 *
 * @param provinceName the unit's name in the report year (Thừa Thiên Huế for 46 in 2019, Huế in 2025)
 * @param kindLabel    "Tỉnh" / "Thành phố" (or English)
 * @param counts       targets per status, every status present: of the chosen document and area, as on the page
 * @param filters      the scorecard page's filters and order in words; empty when it lists every target
 * @param headline     the headline indices, latest at or before the year
 * @param areas        the targets the page lists, by reform area in the catalogue's order; areas without any left out
 */
public record ProvinceReport(
        String provinceCode,
        String provinceName,
        String kindLabel,
        int year,
        LocalDate generatedOn,
        Map<AttainmentStatus, Long> counts,
        int targetCount,
        List<String> filters,
        List<HeadlineIndex> headline,
        List<DocumentLine> documents,
        List<AreaSection> areas) {

    /** A headline index: its name, its latest value with unit (or {@code null}) and that value's year. */
    public record HeadlineIndex(String indicatorCode, String name, String valueText, Integer year) {}

    /** A document the targets come from. */
    public record DocumentLine(String number, String kindLabel, LocalDate issueDate, String title) {}

    /** A reform area and its targets' attainment. */
    public record AreaSection(String code, String name, List<TargetAttainment> targets) {}
}
