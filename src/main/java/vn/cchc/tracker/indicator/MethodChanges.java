package vn.cchc.tracker.indicator;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The method changes of the catalogue, and the one rule of whether two years of an indicator lie across a break:
 * a change in year C separates every year before C from C and every later year. Plain Java.
 */
public final class MethodChanges {

    private final Map<String, List<MethodChange>> byIndicator;

    public MethodChanges(Collection<MethodChange> changes) {
        this.byIndicator = changes.stream()
                .sorted(Comparator.comparingInt(MethodChange::year))
                .collect(Collectors.groupingBy(MethodChange::indicatorCode, Collectors.toUnmodifiableList()));
    }

    /** The changes of an indicator, oldest first. */
    public List<MethodChange> of(String indicatorCode) {
        return byIndicator.getOrDefault(indicatorCode, List.of());
    }

    /** The changes that separate the two years (in either order), oldest first; empty when they are comparable. */
    public List<MethodChange> between(String indicatorCode, int oneYear, int otherYear) {
        int from = Math.min(oneYear, otherYear);
        int to = Math.max(oneYear, otherYear);
        return of(indicatorCode).stream()
                .filter(c -> c.year() > from && c.year() <= to)
                .toList();
    }

    /** Whether a change of method lies between the two years. */
    public boolean acrossBreak(String indicatorCode, int oneYear, int otherYear) {
        return !between(indicatorCode, oneYear, otherYear).isEmpty();
    }

    /** The changes that separate some two of these years: those a table or chart of them must mark. */
    public List<MethodChange> within(String indicatorCode, Collection<Integer> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        int first = years.stream().mapToInt(Integer::intValue).min().getAsInt();
        int last = years.stream().mapToInt(Integer::intValue).max().getAsInt();
        return between(indicatorCode, first, last);
    }
}
