package vn.cchc.tracker.account;

import java.util.Set;
import java.util.TreeSet;

/**
 * What an admin sets on an account: name, role, bound provinces (editors only), the approver and reviewer rights and
 * the e-mail address reminders go to (none: in-app notices only).
 */
public record AccountParameters(
        String displayName, Role role, Set<String> provinceCodes, boolean approver, boolean reviewer, String email) {

    public AccountParameters {
        displayName = displayName == null ? null : displayName.strip();
        provinceCodes = provinceCodes == null ? Set.of() : new TreeSet<>(provinceCodes);
        email = email == null || email.isBlank() ? null : email.strip();
    }

    public AccountParameters(String displayName, Role role, Set<String> provinceCodes, boolean approver) {
        this(displayName, role, provinceCodes, approver, false, null);
    }
}
