package vn.cchc.tracker.explanation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How old a request is, in calendar days where the office is: an open one counts the days since it was asked ("asked
 * today", "open for 3 days"), an answered one the days it took ("answered the same day", "answered after 2 days").
 * Plain Java; the page says it with the message key and the number of days.
 */
public record ExplanationAge(ExplanationState state, long days) {

    public static ExplanationAge of(Instant requestedAt, Instant repliedAt, Instant now, ZoneId zone) {
        Instant end = repliedAt == null ? now : repliedAt;
        long days = ChronoUnit.DAYS.between(
                requestedAt.atZone(zone).toLocalDate(), end.atZone(zone).toLocalDate());
        return new ExplanationAge(
                repliedAt == null ? ExplanationState.OPEN : ExplanationState.ANSWERED, Math.max(0, days));
    }

    /** explanation.age.open.today, .open.days, .answered.sameDay or .answered.days; the argument is {@link #days()}. */
    public String messageKey() {
        if (state == ExplanationState.OPEN) {
            return days == 0 ? "explanation.age.open.today" : "explanation.age.open.days";
        }
        return days == 0 ? "explanation.age.answered.sameDay" : "explanation.age.answered.days";
    }
}
