package vn.cchc.tracker.support.web;

import java.util.List;
import java.util.stream.IntStream;

/** The years offered by year pickers: the shipped documents span 2019–2030, users look a few years around now. */
public final class YearOptions {

    private static final int FIRST_OFFERED = 2015;
    private static final int LAST_OFFERED_AT_LEAST = 2030;

    private YearOptions() {
    }

    public static List<Integer> around(int currentYear, int selectedYear) {
        int first = Math.min(FIRST_OFFERED, selectedYear);
        int last = Math.max(Math.max(LAST_OFFERED_AT_LEAST, currentYear + 5), selectedYear);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
