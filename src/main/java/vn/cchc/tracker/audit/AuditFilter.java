package vn.cchc.tracker.audit;

import java.time.LocalDate;

/** What the admin audit page filters by; every part is optional. Dates are whole days in Vietnam's time zone. */
public record AuditFilter(String actor, String provinceCode, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        provinceCode = blankToNull(provinceCode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
