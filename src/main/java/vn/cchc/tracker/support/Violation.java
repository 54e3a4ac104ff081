package vn.cchc.tracker.support;

import java.util.Arrays;
import java.util.Objects;

/**
 * One broken input rule: the form field it belongs to, a message key and its arguments. Plain Java, so the rules
 * that produce violations run in unit tests and in any caller (forms, import), each showing them its own way.
 */
public record Violation(String field, String messageKey, Object[] args) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v
                && field.equals(v.field)
                && messageKey.equals(v.messageKey)
                && Arrays.equals(args, v.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(args);
    }
}
