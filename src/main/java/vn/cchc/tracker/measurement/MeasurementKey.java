package vn.cchc.tracker.measurement;

import vn.cchc.tracker.support.KeyHashes;

/** What identifies a yearly result: GSO code, indicator, year (a code keeps one series across renames). */
public record MeasurementKey(String provinceCode, String indicatorCode, int year) {

    @Override
    public int hashCode() {
        return KeyHashes.of(provinceCode, indicatorCode, year); // a national import keeps 140,000 of them in maps
    }
}
