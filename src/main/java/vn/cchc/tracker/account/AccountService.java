package vn.cchc.tracker.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.StaleDataException;
import vn.cchc.tracker.support.Violation;

/**
 * Accounts: the login lookup for Spring Security, login throttling, and the admin's changes (each audited).
 * Every change an admin makes checks the actor itself, whatever the URL rules say.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    // the shape the database checks (V63), so a refused address is a field error, not a constraint violation
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");

    private final AccountRepository accounts;
    private final ProvinceService provinces;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginAttempts loginAttempts;
    private final AccountSessions sessions;

    public AccountService(
            AccountRepository accounts,
            ProvinceService provinces,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            Clock clock,
            LoginAttempts loginAttempts,
            AccountSessions sessions) {
        this.accounts = accounts;
        this.loginAttempts = loginAttempts;
        this.sessions = sessions;
        this.provinces = provinces;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    // --- login ------------------------------------------------------------------------------------------------

    /** The login lookup ({@link LockoutAuthenticationProvider}). */
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.indexOf('\u0000') >= 0) {
            // the login form and HTTP Basic come before the NUL guard of the pages; PostgreSQL refuses NUL in text
            throw new UsernameNotFoundException("no such account");
        }
        Account account = accounts.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new AccountPrincipal(account, account.isLockedAt(clock.instant()));
    }

    /** The actor for a logged-in username, as the database says now: a disabled or removed account may do nothing. */
    public Actor actor(String username) {
        return accounts.findByUsername(normalise(username))
                .map(Account::toActor)
                .orElse(Actor.anonymous());
    }

    // --- reading ----------------------------------------------------------------------------------------------

    public List<Account> all() {
        return accounts.findAllOrdered();
    }

    public Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account.error.notFound", id));
    }

    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    public boolean exists(String username) {
        return accounts.existsByUsername(normalise(username));
    }

    /** Whether an enabled account still has this password; for start-up checks, not for logging in. */
    public boolean isEnabledWithPassword(String username, String password) {
        return accounts.findByUsername(normalise(username))
                .map(a -> a.isEnabled() && passwordEncoder.matches(password, a.getPasswordHash()))
                .orElse(false);
    }

    // --- changes ----------------------------------------------------------------------------------------------

    @Transactional
    public Account create(String username, String password, AccountParameters params, Actor actor) {
        actor.requireAdmin();
        return createAccount(username, password, params, actor.username(), true);
    }

    /** Creates an account at start-up (demo accounts, the first admin from the environment); audited as "system". */
    @Transactional
    public Account createAtStartup(String username, String password, AccountParameters params) {
        return createAccount(username, password, params, "system", true);
    }

    /**
     * Creates a demo account with its published password, which the password policy refuses to anyone choosing it
     * (default profile only; the prod profile refuses to start while one still has it).
     */
    @Transactional
    Account createDemoAtStartup(String username, String password, AccountParameters params) {
        return createAccount(username, password, params, "system", false);
    }

    @Transactional
    public Account update(long id, long expectedVersion, AccountParameters params, Actor actor) {
        actor.requireAdmin();
        Account account = account(id);
        checkVersion(account, expectedVersion);
        List<Violation> violations = new ArrayList<>(check(params));
        if (account.getUsername().equals(actor.username()) && params.role() != Role.ADMIN) {
            violations.add(Violation.of("role", "account.error.selfDemote"));
        }
        InvalidInputException.throwIfAny(violations);
        Map<String, Object> before = snapshot(account);
        account.describe(params, clock.instant());
        accounts.flush();
        record(actor.username(), account, AuditAction.UPDATE, before, snapshot(account));
        return account;
    }

    @Transactional
    public Account setEnabled(long id, long expectedVersion, boolean enabled, Actor actor) {
        actor.requireAdmin();
        Account account = account(id);
        checkVersion(account, expectedVersion);
        if (!enabled && account.getUsername().equals(actor.username())) {
            throw new InvalidInputException(List.of(Violation.of("enabled", "account.error.selfDisable")));
        }
        Map<String, Object> before = snapshot(account);
        account.setEnabled(enabled, clock.instant());
        accounts.flush();
        if (!enabled) {
            sessions.endAll(account.getUsername());
        }
        record(actor.username(), account, AuditAction.UPDATE, before, snapshot(account));
        return account;
    }

    /**
     * Sets a new password chosen by an admin, lifts any login lock and ends every session of the account; the audit
     * row never holds a password.
     */
    @Transactional
    public Account resetPassword(long id, String newPassword, Actor actor) {
        actor.requireAdmin();
        Account account = account(id);
        InvalidInputException.throwIfAny(PasswordPolicy.check("newPassword", newPassword, account.getUsername()));
        Map<String, Object> before = snapshot(account);
        account.setPasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        accounts.flush();
        loginAttempts.clear(account.getUsername());
        sessions.endAll(account.getUsername());
        Map<String, Object> after = snapshot(account);
        after.put("password", "reset");
        record(actor.username(), account, AuditAction.UPDATE, before, after);
        return account;
    }

    /**
     * A logged-in user changes their own password, proving they know the current one; every other session of the
     * account ends (the one with id {@code currentSessionId} stays).
     */
    @Transactional
    public void changeOwnPassword(
            String username, String currentPassword, String newPassword, String currentSessionId) {
        Account account = accounts.findByUsername(normalise(username))
                .orElseThrow(() -> new NotFoundException("account.error.notFound", username));
        List<Violation> violations = new ArrayList<>();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            violations.add(Violation.of("currentPassword", "account.error.password.current"));
        }
        violations.addAll(PasswordPolicy.check("newPassword", newPassword, account.getUsername()));
        InvalidInputException.throwIfAny(violations);
        Map<String, Object> before = snapshot(account);
        account.setPasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        accounts.flush();
        loginAttempts.clear(account.getUsername());
        sessions.endOthers(account.getUsername(), currentSessionId);
        Map<String, Object> after = snapshot(account);
        after.put("password", "changed");
        record(account.getUsername(), account, AuditAction.UPDATE, before, after);
    }

    private Account createAccount(
            String username, String password, AccountParameters params, String by, boolean checkPassword) {
        String name = normalise(username);
        List<Violation> violations = new ArrayList<>();
        if (name == null || !USERNAME.matcher(name).matches()) {
            violations.add(Violation.of("username", "account.error.username.pattern"));
        } else if (accounts.existsByUsername(name)) {
            violations.add(Violation.of("username", "account.error.username.taken", name));
        }
        if (checkPassword) {
            violations.addAll(PasswordPolicy.check("password", password, name));
        }
        violations.addAll(check(params));
        InvalidInputException.throwIfAny(violations);
        Instant now = clock.instant();
        Account account = new Account(name, passwordEncoder.encode(password), params.displayName(), params.role(), now);
        account.describe(params, now);
        accounts.saveAndFlush(account);
        record(by, account, AuditAction.CREATE, null, snapshot(account));
        return account;
    }

    private List<Violation> check(AccountParameters params) {
        List<Violation> violations = new ArrayList<>();
        if (params.displayName() == null || params.displayName().isBlank()) {
            violations.add(Violation.of("displayName", "account.error.displayName.required"));
        } else if (params.displayName().length() > 120) {
            violations.add(Violation.of("displayName", "account.error.displayName.long", 120));
        }
        if (params.role() == null) {
            violations.add(Violation.of("role", "account.error.role.required"));
        } else if (params.role() == Role.EDITOR) {
            Set<String> known = knownProvinceCodes();
            if (params.provinceCodes().isEmpty()) {
                violations.add(Violation.of("provinceCodes", "account.error.provinces.required"));
            }
            params.provinceCodes().stream()
                    .filter(c -> !known.contains(c))
                    .forEach(c -> violations.add(Violation.of("provinceCodes", "account.error.provinces.unknown", c)));
        }
        if (params.email() != null && params.email().length() > 254) {
            violations.add(Violation.of("email", "account.error.email.long", 254));
        } else if (params.email() != null && !EMAIL.matcher(params.email()).matches()) {
            violations.add(Violation.of("email", "account.error.email.invalid"));
        }
        return violations;
    }

    private Set<String> knownProvinceCodes() {
        return provinces.profiles().stream().map(ProvinceProfile::code).collect(java.util.stream.Collectors.toSet());
    }

    private static void checkVersion(Account account, long expectedVersion) {
        if (account.getVersion() != expectedVersion) {
            throw new StaleDataException(account, account.getVersion());
        }
    }

    private void record(
            String by, Account account, AuditAction action, Map<String, Object> before, Map<String, Object> after) {
        audit.record(
                AuditEntry.of(by, AuditEntityType.ACCOUNT, account.getId(), null, action, before, after, Origin.WEB));
    }

    private static Map<String, Object> snapshot(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.getUsername());
        m.put("displayName", a.getDisplayName());
        m.put("role", a.getRole().name());
        m.put("provinces", String.join(", ", a.getProvinceCodes()));
        m.put("approver", a.isApprover());
        m.put("reviewer", a.isReviewer());
        m.put("email", a.getEmail());
        m.put("enabled", a.isEnabled());
        return m;
    }

    static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
