package vn.cchc.tracker.support;

import java.util.List;

/** Input that breaks one or more rules; nothing was written. Forms show each violation next to its field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid input: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
