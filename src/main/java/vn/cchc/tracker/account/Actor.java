package vn.cchc.tracker.account;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is asking, as the write services see it: every write service takes an actor and checks its scope itself,
 * so no endpoint (form, import, API) can write outside the actor's provinces whatever its URL rules say.
 */
public record Actor(String username, Role role, SortedSet<String> provinceCodes, boolean approver, boolean reviewer) {

    private static final Actor ANONYMOUS = new Actor("anonymous", null, new TreeSet<>(), false, false);

    public Actor {
        provinceCodes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(provinceCodes));
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor of(String username, Role role, Set<String> provinceCodes, boolean approver) {
        return of(username, role, provinceCodes, approver, false);
    }

    public static Actor of(String username, Role role, Set<String> provinceCodes, boolean approver, boolean reviewer) {
        return new Actor(username, role, new TreeSet<>(provinceCodes), approver, reviewer);
    }

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins write everywhere; editors where they are bound; viewers and anonymous users nowhere. */
    public boolean canWrite(String provinceCode) {
        return isAdmin() || (role == Role.EDITOR && provinceCodes.contains(provinceCode));
    }

    /** Admins approve any province-year; designated approvers those of their provinces. */
    public boolean canApprove(String provinceCode) {
        return isAdmin() || (approver && role == Role.EDITOR && provinceCodes.contains(provinceCode));
    }

    /** Reviewers (department heads given the right) and admins return or accept periods and ask for explanations. */
    public boolean canReview() {
        return isAdmin() || (reviewer && role != null);
    }

    public void requireReview() {
        if (!canReview()) {
            throw new AccessDeniedException(username + " may not review reports");
        }
    }

    /** Only admins reopen an approved year. */
    public boolean canReopen() {
        return isAdmin();
    }

    public boolean canEnterData() {
        return isAdmin() || (role == Role.EDITOR && !provinceCodes.isEmpty());
    }

    /** Importing results files: admins, and editors bound to at least one province. */
    public void requireImport() {
        if (!canEnterData()) {
            throw new AccessDeniedException(username + " may not import results");
        }
    }

    public void requireWrite(String provinceCode) {
        if (!canWrite(provinceCode)) {
            throw new AccessDeniedException(username + " may not write the data of province " + provinceCode);
        }
    }

    public void requireApprove(String provinceCode) {
        if (!canApprove(provinceCode)) {
            throw new AccessDeniedException(username + " may not approve the results of province " + provinceCode);
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException(username + " is not an admin");
        }
    }
}
