package vn.cchc.tracker.dashboard;

import java.util.List;

/**
 * One headline index of a province (SIPAS, PAR Index score and rank, PAPI and PCI group): its latest value in or
 * before the evaluation year, as the reader writes it, and the year it was measured.
 *
 * @param text {@code null} when there is no measurement
 * @param year {@code null} when there is no measurement
 * @param computed whether the value was computed (a PAPI group from the year's national scores, or a published total
 *                 computed from its dimensions) rather than printed by its publisher
 * @param national its place in the year's national table (rank of N, median, best, worst), where a page gives it
 */
public record HeadlineValue(String indicatorCode, String text, Integer year, boolean computed, String national) {

    public HeadlineValue(String indicatorCode, String text, Integer year) {
        this(indicatorCode, text, year, false, null);
    }

    public HeadlineValue(String indicatorCode, String text, Integer year, boolean computed) {
        this(indicatorCode, text, year, computed, null);
    }

    /** The headline indices in reading order, PAR Index score and rank together. */
    public static final List<List<String>> COLUMNS = List.of(
            List.of("SIPAS"),
            List.of("PAR_INDEX_SCORE", "PAR_INDEX_RANK"),
            List.of("PAPI_GROUP"),
            List.of("PCI_GROUP"));
    /** Every headline indicator, in reading order. */
    public static final List<String> INDICATORS =
            COLUMNS.stream().flatMap(List::stream).toList();

    public boolean isMeasured() {
        return text != null;
    }
}
