package vn.cchc.tracker.province;

import java.time.LocalDate;

/**
 * An administrative unit as plain data: one period of a GSO code under one name and kind. What checks, imports and
 * evaluations need of a {@link Province}, without a persistence context.
 *
 * @param validFrom the first day, {@code null} when the unit was in force before the period the unit list covers
 *     (2025): the list claims no founding dates
 * @param validTo the last day, {@code null} while the unit is in force
 * @param successorId the unit it became or became part of when it ended, {@code null} when none is recorded
 */
public record ProvinceUnit(
        long id,
        String code,
        String nameVi,
        ProvinceKind kind,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId) {

    /** A unit whose successor, if any, does not matter to the caller. */
    public ProvinceUnit(
            long id, String code, String nameVi, ProvinceKind kind, LocalDate validFrom, LocalDate validTo) {
        this(id, code, nameVi, kind, validFrom, validTo, null);
    }

    /** Whether the unit existed on at least one day of the year. */
    public boolean existedIn(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
    }

    /** Whether the unit is still in force: the newest under its code. */
    public boolean inForce() {
        return validTo == null;
    }

    /** Of two units under one code, whether this one is the newer: it started later (no start: the oldest). */
    public boolean isNewerThan(ProvinceUnit other) {
        return validFrom != null && (other.validFrom == null || validFrom.isAfter(other.validFrom));
    }
}
