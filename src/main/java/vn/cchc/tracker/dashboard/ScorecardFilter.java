package vn.cchc.tracker.dashboard;

import java.util.List;
import java.util.Locale;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;

/**
 * What a scorecard shows: optionally one document, one reform area and one status, in an order.
 * {@code null} means "all".
 */
public record ScorecardFilter(Long documentId, String areaCode, AttainmentStatus status, TargetSort sort) {

    public ScorecardFilter {
        sort = sort == null ? TargetSort.DOCUMENT : sort;
    }

    public static ScorecardFilter all() {
        return new ScorecardFilter(null, null, null, TargetSort.DOCUMENT);
    }

    /**
     * The targets of the chosen document and area, whatever their status: what the status counts are taken over. A goal
     * several documents set is in each of them.
     */
    public List<TargetAttainment> scope(List<TargetAttainment> all) {
        return all.stream()
                .filter(a -> documentId == null || a.setByDocument(documentId))
                .filter(a -> areaCode == null || areaCode.equals(a.target().reformAreaCode()))
                .toList();
    }

    /** The targets to list: in scope, of the chosen status, in the chosen order (stable, so ties keep the document order). */
    public List<TargetAttainment> apply(List<TargetAttainment> all, Locale locale) {
        return scope(all).stream()
                .filter(a -> status == null || a.status() == status)
                .sorted(sort.comparator(locale))
                .toList();
    }

    /** Whether anything narrows the list (the order does not). */
    public boolean isNarrowed() {
        return documentId != null || areaCode != null || status != null;
    }
}
