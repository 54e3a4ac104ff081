package vn.cchc.tracker.measurement;

import java.util.Objects;

/**
 * One yearly value as a caller wants it to be.
 *
 * @param provinceCode    GSO code; the value is stored on the unit that carried the code that year
 * @param indicatorCode   catalogue code
 * @param year            the year the value is for
 * @param value           the value as typed ("81,21", "12", "khá"); blank means "no value": a stored one is deleted
 * @param source          where the value comes from; required with a value
 * @param note            optional remark
 * @param expectedVersion the version of the stored value the caller saw; {@code null} when it saw none;
 *                        {@link #ANY_VERSION} to skip the check (a deliberate overwrite, still audited)
 * @param provenance      the source's address, its publisher and whether the value is computed, as far as the caller
 *                        says ({@link Provenance#NONE} when it says nothing): on update a part left {@code null}
 *                        keeps the stored one while the source stays and, for the address and publisher, goes when
 *                        the source changes
 */
public record MeasurementChange(
        String provinceCode,
        String indicatorCode,
        int year,
        String value,
        String source,
        String note,
        Long expectedVersion,
        Provenance provenance) {

    public static final long ANY_VERSION = -1L;

    /** A change that says nothing of the source's address or of a computation. */
    public MeasurementChange(
            String provinceCode,
            String indicatorCode,
            int year,
            String value,
            String source,
            String note,
            Long expectedVersion) {
        this(provinceCode, indicatorCode, year, value, source, note, expectedVersion, Provenance.NONE);
    }

    public MeasurementChange {
        provenance = provenance == null ? Provenance.NONE : provenance;
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        value = strip(value);
        source = strip(source);
        note = strip(note);
    }

    public MeasurementKey key() {
        return new MeasurementKey(provinceCode, indicatorCode, year);
    }

    public boolean removesValue() {
        return value == null;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
