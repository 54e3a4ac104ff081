package vn.cchc.tracker.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.tracker.support.Violation;

/**
 * What a new password must be, after OWASP ASVS 4.0.3 §2.1: length over complexity — at least {@value #MIN_LENGTH}
 * characters and no rules about kinds of characters — and not the username (nor containing it), not a published
 * demo password, not one of the 30 000 most common passwords ({@code account/common-passwords.txt}, with its source).
 * BCrypt reads at most 72 bytes, so longer ones would be silently cut. Plain Java.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** The demo accounts' passwords, published in the README: never acceptable as a chosen password. */
    static final Set<String> DEMO_PASSWORDS = Set.of(
            StartupAccounts.DEMO_ADMIN_PASSWORD,
            StartupAccounts.DEMO_EDITOR_PASSWORD,
            StartupAccounts.DEMO_REVIEWER_PASSWORD);

    private static final Set<String> COMMON = load("/account/common-passwords.txt");

    private PasswordPolicy() {}

    public static List<Violation> check(String field, String password, String username) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.isBlank()) {
            violations.add(Violation.of(field, "account.error.password.required"));
            return violations;
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add(Violation.of(field, "account.error.password.short", MIN_LENGTH));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(Violation.of(field, "account.error.password.long", MAX_BYTES));
        } else if (!name.isEmpty() && lower.contains(name)) {
            violations.add(Violation.of(field, "account.error.password.containsUsername"));
        } else if (DEMO_PASSWORDS.contains(lower)) {
            violations.add(Violation.of(field, "account.error.password.demo"));
        } else if (COMMON.contains(lower)) {
            violations.add(Violation.of(field, "account.error.password.common"));
        }
        return violations;
    }

    private static Set<String> load(String resource) {
        InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
