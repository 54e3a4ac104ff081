package vn.cchc.tracker.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Login throttling: an account gets at most {@code maxAttempts} password checks in a row without a success; the
 * failure that confirms the last one locks it for {@code lockFor}. Checks under way (in flight) and confirmed failures
 * share the budget: a check is admitted only while failures + checks in flight stay below {@code maxAttempts}, so
 * parallel attempts cannot get more checks than that; but only a confirmed failure counts towards the lock, so a
 * client sending many parallel requests with the right password waits for a free check instead of locking itself
 * out. A successful login, or a password reset, starts the count again. Plain Java; {@code LoginAttempts} applies the
 * same rule in single SQL statements.
 */
public record LoginLockout(int maxAttempts, Duration lockFor) {

    public static final LoginLockout DEFAULT = new LoginLockout(5, Duration.ofMinutes(15));

    /** Checks in flight with no new check admitted for this long are taken as gone (their instance died). */
    public static final Duration IN_FLIGHT_EXPIRES = Duration.ofMinutes(1);

    public LoginLockout {
        if (maxAttempts < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("need at least one attempt and a positive lock duration");
        }
    }

    /** Confirmed failures so far, password checks under way, and the end of the current lock, if any. */
    public record State(int failedAttempts, int checksInFlight, Instant lockedUntil) {
        public static final State CLEAR = new State(0, 0, null);

        public State(int failedAttempts, Instant lockedUntil) {
            this(failedAttempts, 0, lockedUntil);
        }

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** Failures that still count: an expired lock gives a fresh series. */
        int failuresAt(Instant now) {
            return lockedUntil != null && !lockedUntil.isAfter(now) ? 0 : failedAttempts;
        }
    }

    /** Why a check may or may not start now. */
    public enum Outcome {
        ALLOWED,
        /** the account is locked */
        LOCKED,
        /** checks in flight fill the budget; one may be free once they are decided */
        BUSY
    }

    /** Whether a password may be checked now, and the state to store if so (one more check in flight). */
    public record Reservation(Outcome outcome, State next) {
        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }

    public Reservation reserve(State state, Instant now) {
        if (state.lockedAt(now)) {
            return new Reservation(Outcome.LOCKED, state);
        }
        int failures = state.failuresAt(now);
        if (failures + state.checksInFlight() >= maxAttempts) {
            return new Reservation(Outcome.BUSY, state);
        }
        return new Reservation(Outcome.ALLOWED, new State(failures, state.checksInFlight() + 1, null));
    }

    /** A wrong password: its check is decided, one more failure; the one that reaches the maximum locks. */
    public State afterFailure(State state, Instant now) {
        int attempts = state.failuresAt(now) + 1;
        int inFlight = Math.max(state.checksInFlight() - 1, 0);
        if (state.lockedAt(now)) {
            return new State(attempts, inFlight, state.lockedUntil());
        }
        if (attempts >= maxAttempts) {
            return new State(attempts, inFlight, now.plus(lockFor));
        }
        return new State(attempts, inFlight, null);
    }

    /** The right password: its check is decided and the count starts again. */
    public State afterSuccess(State state) {
        return new State(0, Math.max(state.checksInFlight() - 1, 0), null);
    }

    /** A new password: the count starts again (checks still in flight stay counted). */
    public State afterSuccess() {
        return State.CLEAR;
    }
}
