package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;

/** Orders of the targets within each group of a scorecard. Labels live under {@code dashboard.sort.<NAME>}. */
public enum TargetSort {
    /** As the document states them (the default). */
    DOCUMENT,
    /** Most worrying first: missed, off track, at risk, no data, on track, met. */
    STATUS,
    /** Earliest deadline first. */
    DEADLINE,
    /** Least progress first; targets without progress last. */
    PROGRESS,
    /** By indicator name in the reader's language. */
    INDICATOR;

    /** The value used in URLs, e.g. {@code status}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort named by a URL value (any case), or {@code null} when it names none. */
    public static TargetSort fromParam(String value) {
        for (TargetSort sort : values()) {
            if (sort.name().equalsIgnoreCase(value)) {
                return sort;
            }
        }
        return null;
    }

    /** How worrying a status is: lower comes first when sorting by status. */
    static int severity(AttainmentStatus status) {
        return switch (status) {
            case MISSED -> 0;
            case OFF_TRACK -> 1;
            case AT_RISK -> 2;
            case AWAITING_RESULT -> 3;
            case NO_DATA -> 4;
            case ON_TRACK -> 5;
            case MET -> 6;
            case CLOSED -> 7;
        };
    }

    /** The order; ties keep the document order (sorting is stable). */
    Comparator<TargetAttainment> comparator(Locale locale) {
        return switch (this) {
            case DOCUMENT -> (a, b) -> 0;
            case STATUS -> Comparator.comparingInt(a -> severity(a.status()));
            case DEADLINE -> Comparator.comparingInt(a -> a.target().deadlineYear());
            case PROGRESS ->
                Comparator.comparing(
                        (TargetAttainment a) -> a.result().progress(),
                        Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));
            case INDICATOR ->
                Comparator.comparing(a -> a.target().indicatorName(locale), java.text.Collator.getInstance(locale));
        };
    }
}
