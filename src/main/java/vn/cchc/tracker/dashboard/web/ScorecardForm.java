package vn.cchc.tracker.dashboard.web;

import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.dashboard.ScorecardFilter;
import vn.cchc.tracker.dashboard.TargetSort;
import vn.cchc.tracker.support.BadParameterException;

/** The scorecard's filters as they come in the query string; blank means "all" (or the default order). */
record ScorecardForm(String document, String area, String status, String sort) {

    /** @throws BadParameterException for a value that names nothing (a 400 page naming the parameter) */
    ScorecardFilter toFilter() {
        Long documentId = null;
        if (!blank(document)) {
            try {
                documentId = Long.valueOf(document.trim());
            } catch (NumberFormatException e) {
                throw invalid("document", document);
            }
        }
        AttainmentStatus statusValue = null;
        if (!blank(status)) {
            try {
                statusValue = AttainmentStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("status", status);
            }
        }
        TargetSort sortValue = null;
        if (!blank(sort)) {
            sortValue = TargetSort.fromParam(sort);
            if (sortValue == null) {
                throw invalid("sort", sort);
            }
        }
        return new ScorecardFilter(documentId, blank(area) ? null : area.trim(), statusValue, sortValue);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static BadParameterException invalid(String parameter, String value) {
        return new BadParameterException(parameter, "error.parameter.invalid", parameter, value);
    }
}
