package vn.cchc.tracker.indicator;

import java.math.BigDecimal;
import java.util.Optional;

import vn.cchc.tracker.support.Violation;

/**
 * Reads a yearly value as a person types it and checks it against its indicator. Plain Java, shared by the results
 * grid and the import. Accepts "81,21", "81.21" and "81,21%" (one decimal separator, no grouping: "26.131" is not
 * twenty-six thousand); percentages 0–100, ranks whole numbers from 1 to the number of provinces ranked, counts whole
 * numbers ≥ 0, scores within the indicator's range, groups one of the indicator's levels. Storage keeps 4 decimals.
 */
public final class ValueRules {

    private static final int MAX_DECIMALS = 4;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final int MAX_INTEGER_DIGITS = 10;

    private ValueRules() {
    }

    /** A checked value: a number, or for groups a level's Vietnamese name. */
    public record Value(BigDecimal number, String level) {

        public static Value number(BigDecimal n) {
            return new Value(n, null);
        }

        public static Value level(String l) {
            return new Value(null, l);
        }

        /** Same value whatever the scale: 81.2 equals 81.2000. */
        public boolean sameAs(BigDecimal otherNumber, String otherLevel) {
            if (level != null) {
                return level.equals(otherLevel);
            }
            return otherNumber != null && number.compareTo(otherNumber) == 0;
        }
    }

    /** The checked value, or the violation (reported on {@code field}) that explains what is wrong with it. */
    public record Outcome(Value value, Violation violation) {
        public Optional<Value> ok() {
            return Optional.ofNullable(value);
        }
    }

    public static Outcome check(String field, String text, ValueSpec spec) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return fail(field, "value.error.required");
        }
        if (spec.unitKind() == UnitKind.GROUP) {
            return spec.levels().stream().filter(l -> l.equalsIgnoreCase(input)).findFirst()
                    .map(l -> new Outcome(Value.level(l), null))
                    .orElseGet(() -> fail(field, "value.error.level", String.join(", ", spec.levels())));
        }
        BigDecimal n = parse(input, spec.unitKind() == UnitKind.PERCENT);
        if (n == null) {
            return fail(field, "value.error.number");
        }
        if (n.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return fail(field, "value.error.decimals", MAX_DECIMALS);
        }
        if (n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
            return fail(field, "value.error.tooLarge");
        }
        boolean whole = n.stripTrailingZeros().scale() <= 0;
        switch (spec.unitKind()) {
            case PERCENT -> {
                if (outside(n, BigDecimal.ZERO, BigDecimal.valueOf(100))) {
                    return fail(field, "value.error.percent");
                }
            }
            case RANK -> {
                if (!whole || outside(n, BigDecimal.ONE, spec.max())) {
                    return fail(field, "value.error.rank", plain(spec.max()));
                }
            }
            case COUNT -> {
                if (!whole || n.signum() < 0 || outside(n, spec.min(), spec.max())) {
                    return fail(field, "value.error.count");
                }
            }
            default -> {
                if (outside(n, spec.min(), spec.max())) {
                    return fail(field, "value.error.range", plain(spec.min()), plain(spec.max()));
                }
            }
        }
        return new Outcome(Value.number(n), null);
    }

    /** "81,21", "81.21", "-3", "97,4 %" (percent only) → a number; anything else → null. */
    static BigDecimal parse(String input, boolean percentSignAllowed) {
        String s = input.replace('\u00a0', ' ').strip();
        if (percentSignAllowed && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    private static boolean outside(BigDecimal n, BigDecimal min, BigDecimal max) {
        return (min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "∞" : n.stripTrailingZeros().toPlainString();
    }

    private static Outcome fail(String field, String key, Object... args) {
        return new Outcome(null, Violation.of(field, key, args));
    }
}
