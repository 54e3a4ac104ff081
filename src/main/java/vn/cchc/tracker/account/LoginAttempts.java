package vn.cchc.tracker.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.LoginLockout.Outcome;

/**
 * The account's login counters in the database — confirmed failures ({@code failed_attempts}) and checks under way
 * ({@code checks_in_flight}) — each change one atomic statement on the account's row, so that any number of parallel
 * attempts (from any number of application instances) get at most {@link LoginLockout#maxAttempts()} password checks
 * per lockout window (the rule of {@link LoginLockout}). Every admitted check must be released exactly once, by
 * {@link #failed} or {@link #succeeded}; checks of an instance that died mid-check expire after
 * {@link LoginLockout#IN_FLIGHT_EXPIRES} without a new admission. Written with SQL, not through the entity, so a login
 * never changes the account's version (an admin's open form stays valid) and no optimistic-lock failure can reach a
 * login.
 */
@Component
class LoginAttempts {

    /** Failures that still count: an expired lock gives a fresh series. */
    private static final String FAILURES = "(case when locked_until <= :now then 0 else failed_attempts end)";

    /** Checks in flight that still count: none when no check was admitted for a while. */
    private static final String IN_FLIGHT = "(case when in_flight_since < :stale then 0 else checks_in_flight end)";

    /** One check in flight less. */
    private static final String RELEASED =
            "(case when in_flight_since < :stale then 0 else greatest(checks_in_flight - 1, 0) end)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final LoginLockout lockout = LoginLockout.DEFAULT;

    LoginAttempts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /**
     * Admits one password check for the account, unless it is locked or failures + checks in flight fill the budget.
     * One statement: PostgreSQL serialises parallel attempts on the row and re-checks the condition on the row the
     * previous one left.
     */
    @Transactional
    public Outcome reserve(String username) {
        Map<String, Object> params = params(username);
        List<Integer> taken = named.queryForList(
                "update account set failed_attempts = " + FAILURES + ","
                        + " locked_until = case when locked_until <= :now then null else locked_until end,"
                        + " checks_in_flight = " + IN_FLIGHT + " + 1,"
                        + " in_flight_since = :now"
                        + " where username = :username"
                        + " and (locked_until is null or locked_until <= :now)"
                        + " and " + FAILURES + " + " + IN_FLIGHT + " < :max"
                        + " returning checks_in_flight",
                params,
                Integer.class);
        if (!taken.isEmpty()) {
            return Outcome.ALLOWED;
        }
        List<Boolean> locked = named.queryForList(
                "select locked_until is not null and locked_until > :now from account where username = :username",
                params,
                Boolean.class);
        return locked.isEmpty() || Boolean.TRUE.equals(locked.get(0)) ? Outcome.LOCKED : Outcome.BUSY;
    }

    /** A wrong password: the check is released, one more failure; the one that reaches the maximum locks. */
    @Transactional
    public void failed(String username) {
        named.update(
                "update account set checks_in_flight = " + RELEASED + ","
                        + " failed_attempts = " + FAILURES + " + 1,"
                        + " locked_until = case when locked_until > :now then locked_until"
                        + " when " + FAILURES + " + 1 >= :max then :until"
                        + " else null end"
                        + " where username = :username",
                params(username));
    }

    /** The right password: the check is released and the count starts again. */
    @Transactional
    public void succeeded(String username) {
        named.update(
                "update account set checks_in_flight = " + RELEASED + ", failed_attempts = 0, locked_until = null"
                        + " where username = :username",
                params(username));
    }

    /** A new password (own change or an admin's reset) lifts the lock; part of the caller's transaction. */
    @Transactional
    public void clear(String username) {
        store(username, lockout.afterSuccess());
    }

    private Map<String, Object> params(String username) {
        Instant now = clock.instant();
        return Map.of(
                "username", username,
                "now", Timestamp.from(now),
                "stale", Timestamp.from(now.minus(LoginLockout.IN_FLIGHT_EXPIRES)),
                "until", Timestamp.from(now.plus(lockout.lockFor())),
                "max", lockout.maxAttempts());
    }

    private void store(String username, LoginLockout.State state) {
        jdbc.update(
                "update account set failed_attempts = ?, locked_until = ? where username = ?",
                state.failedAttempts(),
                state.lockedUntil() == null ? null : Timestamp.from(state.lockedUntil()),
                username);
    }
}
