package vn.cchc.tracker.exporting;

import java.util.Set;

import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;

/**
 * The filters a scorecard table can have: statuses (none = all), a reform area and a document.
 *
 * @param reformArea a reform area code, or {@code null} for all
 * @param documentId a document id, or {@code null} for all
 */
public record ScorecardFilter(Set<AttainmentStatus> statuses, String reformArea, Long documentId) {

    public static final ScorecardFilter NONE = new ScorecardFilter(Set.of(), null, null);

    public ScorecardFilter {
        statuses = Set.copyOf(statuses);
    }

    public boolean matches(TargetAttainment a) {
        return (statuses.isEmpty() || statuses.contains(a.status()))
                && (reformArea == null || reformArea.equals(a.target().reformAreaCode()))
                && (documentId == null || documentId == a.target().documentId());
    }
}
