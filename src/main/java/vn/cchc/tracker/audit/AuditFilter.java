package vn.cchc.tracker.audit;

import java.time.LocalDate;

/**
 * What the admin audit page filters by; every part is optional ({@code null}: the page's request strings arrive
 * trimmed, blank as {@code null}). Dates are whole days in Vietnam's time zone.
 */
public record AuditFilter(String actor, String provinceCode, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);
}
