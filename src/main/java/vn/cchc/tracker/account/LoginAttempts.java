package vn.cchc.tracker.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's login counter in the database, taken atomically on the account's row so that any number of parallel
 * attempts (from any number of application instances) get at most {@link LoginLockout#maxAttempts()} password
 * checks. Written with SQL, not through the entity, so a login never changes the account's version (an admin's
 * open form stays valid) and no optimistic-lock failure can reach a login.
 */
@Component
class LoginAttempts {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LoginLockout lockout = LoginLockout.DEFAULT;

    LoginAttempts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes one password check for the account, counted as failed until {@link #succeeded}; false when locked. One
     * statement: PostgreSQL serialises parallel attempts on the row, each sees the count the previous one left, and
     * the attempt that takes the last check sets the lock (the rule of {@link LoginLockout#reserve}).
     */
    @Transactional
    public boolean reserve(String username) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp until = Timestamp.from(clock.instant().plus(lockout.lockFor()));
        List<Integer> taken =
                jdbc.queryForList("""
                update account set
                    failed_attempts = case when locked_until <= cast(? as timestamptz) then 1
                                           else failed_attempts + 1 end,
                    locked_until = case
                        when (case when locked_until <= cast(? as timestamptz) then 1 else failed_attempts + 1 end)
                             >= ? then cast(? as timestamptz)
                        else null end
                where username = ? and (locked_until is null or locked_until <= cast(? as timestamptz))
                returning failed_attempts""", Integer.class, now, now, lockout.maxAttempts(), until, username, now);
        return !taken.isEmpty();
    }

    /** The right password: the count starts again. */
    @Transactional
    public void succeeded(String username) {
        jdbc.update(
                "update account set failed_attempts = 0, locked_until = null "
                        + "where username = ? and (failed_attempts <> 0 or locked_until is not null)",
                username);
    }

    /** A new password (own change or an admin's reset) lifts the lock; part of the caller's transaction. */
    @Transactional
    public void clear(String username) {
        store(username, lockout.afterSuccess());
    }

    private void store(String username, LoginLockout.State state) {
        jdbc.update(
                "update account set failed_attempts = ?, locked_until = ? where username = ?",
                state.failedAttempts(),
                state.lockedUntil() == null ? null : Timestamp.from(state.lockedUntil()),
                username);
    }
}
