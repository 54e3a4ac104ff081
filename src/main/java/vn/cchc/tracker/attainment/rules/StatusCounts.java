package vn.cchc.tracker.attainment.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many goals have each status; every status is present, in the order of {@link AttainmentStatus}. A goal set by
 * several targets (a resolution and a report restating it) counts once: only the target that represents it counts.
 */
public final class StatusCounts {

    private final EnumMap<AttainmentStatus, Long> counts = new EnumMap<>(AttainmentStatus.class);

    private StatusCounts() {
        for (AttainmentStatus status : AttainmentStatus.values()) {
            counts.put(status, 0L);
        }
    }

    public static StatusCounts empty() {
        return new StatusCounts();
    }

    public static StatusCounts of(Collection<TargetAttainment> attainments) {
        StatusCounts c = new StatusCounts();
        attainments.forEach(c::add);
        return c;
    }

    public void add(TargetAttainment attainment) {
        if (attainment.representsGoal()) {
            counts.merge(attainment.status(), 1L, Long::sum);
        }
    }

    public long get(AttainmentStatus status) {
        return counts.get(status);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every status with its count, zeros included. */
    public Map<AttainmentStatus, Long> asMap() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** The statuses that occur, with their counts, in status order. */
    public List<Count> nonZero() {
        List<Count> list = new ArrayList<>();
        counts.forEach((status, n) -> {
            if (n > 0) {
                list.add(new Count(status, n));
            }
        });
        return list;
    }

    /**
     * The statuses that occur as consecutive segments of a bar 100 wide, for a stacked bar drawn as SVG
     * rectangles (attributes, not inline styles, so it passes a strict Content-Security-Policy and prints).
     */
    public List<Segment> segments() {
        long total = total();
        List<Segment> list = new ArrayList<>();
        if (total == 0) {
            return list;
        }
        double x = 0;
        for (Count c : nonZero()) {
            double width = 100.0 * c.count() / total;
            list.add(new Segment(c.status(), c.count(), round(x), round(width)));
            x += width;
        }
        return list;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    public record Count(AttainmentStatus status, long count) {}

    /** A part of a stacked bar: x and width in percent of the bar. */
    public record Segment(AttainmentStatus status, long count, double x, double width) {}
}
