package vn.cchc.tracker.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a scorecard's listed goals one page of the province page shows: pages of {@link #SIZE} goals in the page's
 * order (area, document, chosen sort), numbered from 1 ({@code ?page=2}). A page past the last shows the last one (a
 * link kept from before a filter narrowed the list still lands somewhere); a list of at most {@link #SIZE} goals is one
 * page, as a province with few goals has always been shown. The exports are never paged ({@link #all(int)}).
 *
 * @param number the page shown, 1 to {@link #pages()}
 * @param size   goals on a full page
 * @param count  goals listed over all pages
 */
public record ScorecardPage(int number, int size, int count) {

    /** Goals on one page: keeps a national-scale province page within its budgets (issue 14, item 6). */
    public static final int SIZE = 50;

    /** Page links shown on either side of the current one before the rest are left to a gap. */
    private static final int AROUND = 2;

    public ScorecardPage {
        if (size < 1 || count < 0) {
            throw new IllegalArgumentException("size " + size + ", count " + count);
        }
        int pages = Math.max(1, (count + size - 1) / size);
        number = Math.min(Math.max(number, 1), pages);
    }

    /** The requested page ({@code null}: the first) of {@code count} goals in pages of {@link #SIZE}. */
    public static ScorecardPage of(Integer requested, int count) {
        return new ScorecardPage(requested == null ? 1 : requested, SIZE, count);
    }

    /** All goals on one page: what the exports list. */
    public static ScorecardPage all(int count) {
        return new ScorecardPage(1, Math.max(count, 1), count);
    }

    /**
     * The page number of a {@code ?page=} value: {@code null} when absent or blank.
     *
     * @throws vn.cchc.tracker.support.BadParameterException for anything but a whole number from 1 (a 400 page)
     */
    public static Integer parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ScorecardForm.invalid("page", value);
    }

    /** How many pages the goals take (at least one, even for none). */
    public int pages() {
        return Math.max(1, (count + size - 1) / size);
    }

    /** Whether the goals take more than one page (and the page shows page links). */
    public boolean isPaged() {
        return pages() > 1;
    }

    /** The position of the page's first goal, from 1 (0 when there are none). */
    public int first() {
        return count == 0 ? 0 : (number - 1) * size + 1;
    }

    /** The position of the page's last goal. */
    public int last() {
        return Math.min(number * size, count);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** The page's goals out of all listed ones, in their order. */
    public <T> List<T> slice(List<T> listed) {
        if (listed.size() != count) {
            throw new IllegalArgumentException(listed.size() + " listed for a count of " + count);
        }
        return listed.subList(first() == 0 ? 0 : first() - 1, last());
    }

    /** The page that holds the goal at a position from 0 in the listed order. */
    public int pageOf(int index) {
        return index / size + 1;
    }

    /**
     * The page numbers to link, in order, with {@code null} for a gap: always the first and the last, and the pages
     * around the current one; a gap never hides a single page (1 2 3 rather than 1 … 3).
     */
    public List<Integer> links() {
        int pages = pages();
        List<Integer> links = new ArrayList<>();
        int previous = 0;
        for (int n = 1; n <= pages; n++) {
            boolean shown = n == 1 || n == pages || Math.abs(n - number) <= AROUND;
            if (!shown) {
                continue;
            }
            if (n == previous + 2) {
                links.add(previous + 1);
            } else if (n > previous + 2) {
                links.add(null);
            }
            links.add(n);
            previous = n;
        }
        return links;
    }
}
