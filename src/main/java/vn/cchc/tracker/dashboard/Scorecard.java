package vn.cchc.tracker.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.StatusCounts;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.province.ProvinceProfile;

/**
 * A province's scorecard for one year: its targets grouped by reform area then document, filtered and sorted, one
 * page of them at a time, with the status counts of the filtered scope and the headline indices.
 *
 * @param documents  the province's documents, oldest first (for the document filter and the list of documents)
 * @param areas      the reform areas its targets belong to (for the area filter)
 * @param counts     status counts over the targets of the chosen document and area (whatever the status filter)
 * @param groups     the targets of the page shown, each area with its size over all pages
 * @param page       which of the listed targets the groups hold (all of them for the exports)
 * @param areaSummary each area of the listed targets over all pages: its size, statuses and the page it starts on
 * @param shown      how many targets are listed (over all pages)
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
        ScorecardPage page,
        List<AreaSummary> areaSummary,
        int shown,
        int total,
        List<HeadlineValue> headline,
        List<AttainmentService.PredecessorGoal> predecessorGoals) {

    /** The targets of the page shown in its order: by reform area, then document, then the chosen sort. */
    public List<TargetAttainment> listed() {
        return groups.stream()
                .flatMap(g -> g.documents().stream())
                .flatMap(d -> d.rows().stream())
                .map(Row::attainment)
                .toList();
    }

    /**
     * The targets of one reform area on a page, by document.
     *
     * @param size      how many targets the area lists over all pages
     * @param continued whether the area's first targets are on an earlier page
     */
    public record AreaGroup(ReformAreaInfo area, List<DocumentGroup> documents, int size, boolean continued) {}

    /** One area of the listed targets over all pages: how many, their statuses, and the page its first one is on. */
    public record AreaSummary(ReformAreaInfo area, int size, StatusCounts counts, int page) {}

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
            groups.add(new AreaGroup(area, List.copyOf(documents), size, false));
        }
        return groups;
    }

    /**
     * The groups of one page out of the groups of all listed targets ({@link #group} of them, in the page's order):
     * the targets at the page's positions, each with its trend line, each area keeping its size over all pages.
     */
    public static List<AreaGroup> paged(
            List<AreaGroup> whole, ScorecardPage page, Function<TargetAttainment, Sparkline> trend) {
        int from = page.first() - 1;
        int to = page.last();
        List<AreaGroup> groups = new ArrayList<>();
        int index = 0;
        for (AreaGroup g : whole) {
            boolean continued = index < from;
            List<DocumentGroup> documents = new ArrayList<>();
            for (DocumentGroup d : g.documents()) {
                List<Row> rows = new ArrayList<>();
                for (Row row : d.rows()) {
                    if (index >= from && index < to) {
                        rows.add(new Row(row.attainment(), trend.apply(row.attainment())));
                    }
                    index++;
                }
                if (!rows.isEmpty()) {
                    documents.add(new DocumentGroup(d.documentId(), d.number(), List.copyOf(rows)));
                }
            }
            if (!documents.isEmpty()) {
                groups.add(new AreaGroup(g.area(), List.copyOf(documents), g.size(), continued));
            }
        }
        return groups;
    }

    /** Each area of all listed targets ({@link #group} of them): its size, statuses and the page it starts on. */
    public static List<AreaSummary> summary(List<AreaGroup> whole, IntFunction<Integer> pageOfIndex) {
        List<AreaSummary> summary = new ArrayList<>();
        int index = 0;
        for (AreaGroup g : whole) {
            StatusCounts counts = StatusCounts.empty();
            g.documents().forEach(d -> d.rows().forEach(r -> counts.add(r.attainment())));
            summary.add(new AreaSummary(g.area(), g.size(), counts, pageOfIndex.apply(index)));
            index += g.size();
        }
        return summary;
    }
}
