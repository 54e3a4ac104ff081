package vn.cchc.tracker.importexport;

/** What identifies a yearly result: GSO code, indicator, year (a code keeps one series across renames). */
public record MeasurementKey(String provinceCode, String indicatorCode, int year) {
}
