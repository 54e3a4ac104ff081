package vn.cchc.tracker.dashboard;

/**
 * One headline index of a province (SIPAS, PAR Index score and rank, PAPI and PCI group): its latest value in or
 * before the evaluation year, as the reader writes it, and the year it was measured.
 *
 * @param text {@code null} when there is no measurement
 * @param year {@code null} when there is no measurement
 */
public record HeadlineValue(String indicatorCode, String text, Integer year) {

    public boolean isMeasured() {
        return text != null;
    }
}
