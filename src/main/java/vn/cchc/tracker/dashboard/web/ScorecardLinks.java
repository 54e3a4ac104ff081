package vn.cchc.tracker.dashboard.web;

import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.dashboard.ScorecardFilter;
import vn.cchc.tracker.dashboard.TargetSort;

/**
 * Links of a scorecard that keep its year, filters and order and change one of them. Only the filters in use appear
 * in the query string, so shared links stay short ({@code /provinces/67?year=2024&status=OFF_TRACK}). Public:
 * templates call it.
 */
public record ScorecardLinks(String code, int year, ScorecardFilter filter) {

    /** Shows only targets of {@code status}, or stops doing so when that is already the filter. */
    public String status(AttainmentStatus status) {
        return link("/provinces/{code}", filter.status() == status ? null : status);
    }

    /** Page {@code number} of the listed targets, keeping the filters and order (the first page without {@code page=}). */
    public String page(int number) {
        return paged(number, "");
    }

    /** Where one reform area's listed targets start: on {@code page}, at the area's heading. */
    public String area(String areaCode, int page) {
        return paged(page, "#area-" + areaCode);
    }

    private String paged(int number, String fragment) {
        String link = link("/provinces/{code}", filter.status());
        return (number > 1 ? link + "&page=" + number : link) + fragment;
    }

    /** The scorecard of the year without any filter. */
    public String reset() {
        return UriComponentsBuilder.fromPath("/provinces/{code}")
                .queryParam("year", year)
                .buildAndExpand(code)
                .encode()
                .toUriString();
    }

    /** The scorecard's table as a file ("csv" or "xlsx"): the rows the page shows, in its order. */
    public String export(String extension) {
        return link("/provinces/{code}/scorecard." + extension, filter.status());
    }

    /** The printable PDF report of the targets the page shows. */
    public String report() {
        return link("/provinces/{code}/report.pdf", filter.status());
    }

    private String link(String path, AttainmentStatus status) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path).queryParam("year", year);
        if (filter.documentId() != null) {
            b.queryParam("document", filter.documentId());
        }
        if (filter.areaCode() != null) {
            b.queryParam("area", filter.areaCode());
        }
        if (status != null) {
            b.queryParam("status", status.name());
        }
        if (filter.sort() != TargetSort.DOCUMENT) {
            b.queryParam("sort", filter.sort().param());
        }
        return b.buildAndExpand(code).encode().toUriString();
    }
}
