package vn.cchc.tracker.indicator;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.tracker.support.Violation;

/**
 * The one grammar of a yearly value as a person writes it — in the results grid, an import file or a backup alike —
 * and the check against its indicator. Plain Java.
 * <ul>
 * <li>a number has one optional sign, digits, and at most one decimal separator, comma or point, with digits on both
 * sides: "81,21", "81.21", "-3"; no grouping ("26.131" is not twenty-six thousand), no ".5" or "81,";</li>
 * <li>a percentage may end in "%" ("81,21%", "97,4 %"); blanks around the value, non-breaking ones included, do not
 * count;</li>
 * <li>at most 4 decimals and 10 integer digits (what the database keeps);</li>
 * <li>percentages, scores and counts within the indicator's range; ranks and counts whole;</li>
 * <li>a group value is one of the indicator's levels, written in Vietnamese or English, ignoring case and repeated
 * blanks; it is kept by its Vietnamese name.</li>
 * </ul>
 * {@link #read} gives the verdict; {@link #check} says a refusal in the words of a form's field.
 */
public final class ValueRules {

    /** Most decimals the database keeps (numeric(14,4)). */
    public static final int MAX_DECIMALS = 4;

    private static final int MAX_INTEGER_DIGITS = 10;
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private ValueRules() {}

    /** Why a written value was refused. */
    public enum Refusal {
        /** Nothing written. */
        REQUIRED,
        /** Not a number of the grammar. */
        NOT_A_NUMBER,
        /** More than {@value #MAX_DECIMALS} decimals. */
        TOO_PRECISE,
        /** More than 10 integer digits. */
        TOO_LARGE,
        /** A rank or count with decimals. */
        NOT_WHOLE,
        /** Outside the indicator's range. */
        OUT_OF_RANGE,
        /** Not one of the group indicator's levels. */
        UNKNOWN_LEVEL
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

    /** The verdict on a written value: the value, or why it was refused. */
    public record Reading(Value value, Refusal refusal) {

        public boolean accepted() {
            return value != null;
        }
    }

    /** The checked value, or the violation (reported on {@code field}) that explains what is wrong with it. */
    public record Outcome(Value value, Violation violation) {
        public Optional<Value> ok() {
            return Optional.ofNullable(value);
        }
    }

    /** The verdict on what was written for an indicator with these values. */
    public static Reading read(String text, ValueSpec spec) {
        String input = text == null ? "" : unblank(text);
        if (input.isEmpty()) {
            return refused(Refusal.REQUIRED);
        }
        if (spec.unitKind() == UnitKind.GROUP) {
            String key = lenient(input);
            return spec.levels().stream()
                    .filter(l -> lenient(l.nameVi()).equals(key)
                            || lenient(l.nameEn()).equals(key))
                    .findFirst()
                    .map(l -> new Reading(Value.level(l.nameVi()), null))
                    .orElseGet(() -> refused(Refusal.UNKNOWN_LEVEL));
        }
        if (spec.unitKind() == UnitKind.PERCENT && input.endsWith("%")) {
            input = input.substring(0, input.length() - 1).strip();
        }
        Optional<BigDecimal> parsed = number(input);
        if (parsed.isEmpty()) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        BigDecimal n = parsed.get();
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            return refused(Refusal.TOO_PRECISE);
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return refused(Refusal.TOO_LARGE);
        }
        boolean whole = spec.unitKind() == UnitKind.RANK || spec.unitKind() == UnitKind.COUNT;
        if (whole && stripped.scale() > 0) {
            return refused(Refusal.NOT_WHOLE);
        }
        boolean below = spec.min() != null && n.compareTo(spec.min()) < 0;
        if (below || (spec.max() != null && n.compareTo(spec.max()) > 0)) {
            return refused(Refusal.OUT_OF_RANGE);
        }
        return new Reading(Value.number(n), null);
    }

    /** A plain decimal of the grammar ("81,21", "-3", not "81,21%"), as a backup's own numbers are; else empty. */
    public static Optional<BigDecimal> number(String text) {
        String s = text == null ? "" : unblank(text);
        return NUMBER.matcher(s).matches() ? Optional.of(new BigDecimal(s.replace(',', '.'))) : Optional.empty();
    }

    /** {@link #read}, with a refusal said as a form says it next to {@code field}. */
    public static Outcome check(String field, String text, ValueSpec spec) {
        Reading reading = read(text, spec);
        if (reading.accepted()) {
            return new Outcome(reading.value(), null);
        }
        return new Outcome(
                null,
                switch (reading.refusal()) {
                    case REQUIRED -> Violation.of(field, "value.error.required");
                    case NOT_A_NUMBER -> Violation.of(field, "value.error.number");
                    case TOO_PRECISE -> Violation.of(field, "value.error.decimals", MAX_DECIMALS);
                    case TOO_LARGE -> Violation.of(field, "value.error.tooLarge");
                    case UNKNOWN_LEVEL ->
                        Violation.of(field, "value.error.level", String.join(", ", spec.levelNames()));
                    case NOT_WHOLE, OUT_OF_RANGE ->
                        switch (spec.unitKind()) {
                            case PERCENT -> Violation.of(field, "value.error.percent");
                            case RANK -> Violation.of(field, "value.error.rank", plain(spec.max()));
                            case COUNT -> Violation.of(field, "value.error.count");
                            default -> Violation.of(field, "value.error.range", plain(spec.min()), plain(spec.max()));
                        };
                });
    }

    /** A bound as a message shows it: "63", "0,5" never "6.3E+1"; no bound is "∞". */
    public static String plain(BigDecimal n) {
        return n == null ? "∞" : n.stripTrailingZeros().toPlainString();
    }

    private static String unblank(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    /** A level's name for comparing: composed Unicode, lower case, single blanks. */
    private static String lenient(String text) {
        String composed =
                Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return BLANKS.matcher(composed).replaceAll(" ");
    }

    private static Reading refused(Refusal refusal) {
        return new Reading(null, refusal);
    }
}
