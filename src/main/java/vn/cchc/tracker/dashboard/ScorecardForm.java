package vn.cchc.tracker.dashboard;

import java.util.Locale;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.support.BadParameterException;

/**
 * A scorecard's filters as they come in the query string of the province page and of its CSV, XLSX and PDF
 * exports ({@code document}, {@code area}, {@code status}, {@code sort}), trimmed, {@code null} for "all" (or the
 * default order). The one reading of those parameters: what the page refuses, its exports refuse in the same words.
 */
public record ScorecardForm(String document, String area, String status, String sort) {

    /**
     * The filter these values name. An area is a reform area code as written (upper case); a status and a sort are
     * read in any case. Whether the document and area exist for the province is the scorecard's to check.
     *
     * @throws BadParameterException for a value that names nothing (a 400 page naming the parameter)
     */
    public ScorecardFilter toFilter() {
        Long documentId = null;
        if (document != null) {
            try {
                documentId = Long.valueOf(document);
            } catch (NumberFormatException e) {
                throw invalid("document", document);
            }
        }
        AttainmentStatus statusValue = null;
        if (status != null) {
            try {
                statusValue = AttainmentStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("status", status);
            }
        }
        TargetSort sortValue = null;
        if (sort != null) {
            sortValue = TargetSort.fromParam(sort);
            if (sortValue == null) {
                throw invalid("sort", sort);
            }
        }
        return new ScorecardFilter(documentId, area, statusValue, sortValue);
    }

    static BadParameterException invalid(String parameter, String value) {
        return new BadParameterException(parameter, "error.parameter.invalid", parameter, value);
    }
}
