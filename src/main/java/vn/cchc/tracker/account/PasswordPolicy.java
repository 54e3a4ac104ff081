package vn.cchc.tracker.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.tracker.support.Violation;

/** What a new password must be. BCrypt reads at most 72 bytes, so longer ones would be silently cut. Plain Java. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    public static List<Violation> check(String field, String password, String username) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.isBlank()) {
            violations.add(Violation.of(field, "account.error.password.required"));
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add(Violation.of(field, "account.error.password.short", MIN_LENGTH));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(Violation.of(field, "account.error.password.long", MAX_BYTES));
        } else if (username != null && password.equalsIgnoreCase(username)) {
            violations.add(Violation.of(field, "account.error.password.username"));
        }
        return violations;
    }
}
