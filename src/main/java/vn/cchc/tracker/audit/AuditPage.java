package vn.cchc.tracker.audit;

import java.util.List;

/** One page of audit rows, newest first. Pages count from 0. */
public record AuditPage(List<AuditRecord> rows, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
