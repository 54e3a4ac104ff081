package vn.cchc.tracker.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Which provinces the comparison opens on when the address names none; plain Java. */
final class ComparisonOpening {

    /** How many provinces the page opens on at most when the reader chose none (the four shipped provinces). */
    static final int HANDFUL = 4;

    private ComparisonOpening() {}

    /**
     * The provinces the page opens on without a choice in the address: the reader's own; else the tracked provinces
     * (those with documents) when they are a handful; else a handful of them, those with targets on the indicator
     * first, then those with values of it, each in code order. Never every province: the national distribution is the
     * band, and the ranking table lists them all.
     */
    static List<String> provinces(
            List<String> readers, List<String> tracked, Predicate<String> hasTargets, Predicate<String> hasValues) {
        if (!readers.isEmpty()) {
            return readers;
        }
        if (tracked.size() <= HANDFUL) {
            return tracked;
        }
        return tracked.stream()
                .sorted(Comparator.comparing((String c) -> !hasTargets.test(c))
                        .thenComparing(c -> !hasValues.test(c))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(HANDFUL)
                .sorted()
                .toList();
    }
}
