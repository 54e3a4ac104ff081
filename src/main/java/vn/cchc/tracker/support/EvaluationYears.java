package vn.cchc.tracker.support;

import java.time.Clock;
import java.time.Year;
import org.springframework.stereotype.Component;

/** The year pages and the API evaluate when none is asked for, and the years one may ask for. */
@Component
public class EvaluationYears {

    public static final int FIRST = 1990;
    public static final int LAST = 2100;

    private final Clock clock;

    public EvaluationYears(Clock clock) {
        this.clock = clock;
    }

    /** Whether the year is one results, targets and evaluations may have. */
    public static boolean isValid(int year) {
        return year >= FIRST && year <= LAST;
    }

    public int current() {
        return Year.now(clock).getValue();
    }

    /** The requested year, or the current one; anything outside the valid span is a bad parameter. */
    public int resolve(String parameter, String requested) {
        if (requested == null || requested.isBlank()) {
            return current();
        }
        try {
            int year = Integer.parseInt(requested.trim());
            if (year >= FIRST && year <= LAST) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(parameter, "error.parameter.year", requested, FIRST, LAST);
    }
}
