package vn.cchc.tracker.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.province.ProvinceProfile;

/**
 * A province's scorecard for one year: its targets grouped by reform area then document, filtered and sorted,
 * with the status counts of the filtered scope and the headline indices.
 *
 * @param documents  the province's documents, oldest first (for the document filter and the list of documents)
 * @param areas      the reform areas its targets belong to (for the area filter)
 * @param counts     status counts over the targets of the chosen document and area (whatever the status filter)
 * @param shown      how many targets the groups hold
 * @param total      how many targets the province has
 * @param predecessorGoals the goals of the units that ended into this one, under it for information (issue 13)
 */
public record Scorecard(
        ProvinceProfile profile,
        List<Document> documents,
        List<ReformAreaInfo> areas,
        int year,
        ScorecardFilter filter,
        StatusCounts counts,
        List<AreaGroup> groups,
        int shown,
        int total,
        List<HeadlineValue> headline,
        List<AttainmentService.PredecessorGoal> predecessorGoals) {

    /** The listed targets in the page's order: by reform area, then document, then the chosen sort. */
    public List<TargetAttainment> listed() {
        return groups.stream()
                .flatMap(g -> g.documents().stream())
                .flatMap(d -> d.rows().stream())
                .map(Row::attainment)
                .toList();
    }

    /** The targets of one reform area, by document. */
    public record AreaGroup(ReformAreaInfo area, List<DocumentGroup> documents, int size) {}

    /** The targets one document sets in one reform area. */
    public record DocumentGroup(long documentId, String number, List<Row> rows) {}

    /** A target with its small trend line. */
    public record Row(TargetAttainment attainment, Sparkline trend) {}

    /**
     * Groups listed targets by reform area (in the areas' order) then document (in the order documents first
     * appear in {@code documentOrder}), keeping the listed order within each group.
     */
    public static List<AreaGroup> group(
            List<TargetAttainment> listed,
            List<ReformAreaInfo> areas,
            List<TargetAttainment> documentOrder,
            Function<TargetAttainment, Sparkline> trend) {
        List<Long> documentIds = documentOrder.stream()
                .map(a -> a.target().documentId())
                .distinct()
                .toList();
        List<AreaGroup> groups = new ArrayList<>();
        for (ReformAreaInfo area : areas) {
            Map<Long, List<Row>> byDocument = new LinkedHashMap<>();
            documentIds.forEach(id -> byDocument.put(id, new ArrayList<>()));
            Map<Long, String> numbers = new LinkedHashMap<>();
            int size = 0;
            for (TargetAttainment a : listed) {
                if (area.code().equals(a.target().reformAreaCode())) {
                    byDocument
                            .computeIfAbsent(a.target().documentId(), k -> new ArrayList<>())
                            .add(new Row(a, trend.apply(a)));
                    numbers.put(a.target().documentId(), a.target().documentNumber());
                    size++;
                }
            }
            if (size == 0) {
                continue;
            }
            List<DocumentGroup> documents = new ArrayList<>();
            byDocument.forEach((id, rows) -> {
                if (!rows.isEmpty()) {
                    documents.add(new DocumentGroup(id, numbers.get(id), List.copyOf(rows)));
                }
            });
            groups.add(new AreaGroup(area, List.copyOf(documents), size));
        }
        return groups;
    }
}
