package vn.cchc.tracker.account;

import java.util.Set;
import java.util.TreeSet;

/** What an admin sets on an account: name, role, bound provinces (editors only) and the approver flag. */
public record AccountParameters(String displayName, Role role, Set<String> provinceCodes, boolean approver) {

    public AccountParameters {
        displayName = displayName == null ? null : displayName.strip();
        provinceCodes = provinceCodes == null ? Set.of() : new TreeSet<>(provinceCodes);
    }
}
