package vn.cchc.tracker.support;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments as people in Vietnam read them ("05/03/2025 14:07"). Exposed to templates as {@code @dateTimes}. */
@Component("dateTimes")
public class DateTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Clock clock;

    public DateTimes(Clock clock) {
        this.clock = clock;
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    /** For {@code <time datetime="…">}. */
    public String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant.atZone(clock.getZone()));
    }
}
