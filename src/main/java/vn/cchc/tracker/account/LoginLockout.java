package vn.cchc.tracker.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Login throttling: an account gets at most {@code maxAttempts} password checks in a row without a success; the
 * attempt that uses the last one locks it for {@code lockFor}. Each check is taken (and counted as a failure) before
 * the password is compared, so parallel attempts cannot get more checks than that; a successful login, or a
 * password reset, starts the count again. Plain Java; {@code LoginAttempts} applies the same rule in one SQL statement.
 */
public record LoginLockout(int maxAttempts, Duration lockFor) {

    public static final LoginLockout DEFAULT = new LoginLockout(5, Duration.ofMinutes(15));

    public LoginLockout {
        if (maxAttempts < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("need at least one attempt and a positive lock duration");
        }
    }

    /** Failed (or not yet decided) attempts so far and the end of the current lock, if any. */
    public record State(int failedAttempts, Instant lockedUntil) {
        public static final State CLEAR = new State(0, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** Whether a password may be checked now, and the state to store if so (the attempt counted as failed). */
    public record Reservation(boolean allowed, State next) {}

    public Reservation reserve(State state, Instant now) {
        if (state.lockedAt(now)) {
            return new Reservation(false, state);
        }
        return new Reservation(true, afterFailure(state, now));
    }

    public State afterFailure(State state, Instant now) {
        // an expired lock gives a fresh series of attempts
        int attempts =
                (state.lockedUntil() != null && !state.lockedUntil().isAfter(now) ? 0 : state.failedAttempts()) + 1;
        if (attempts >= maxAttempts) {
            return new State(attempts, now.plus(lockFor));
        }
        return new State(attempts, state.lockedAt(now) ? state.lockedUntil() : null);
    }

    public State afterSuccess() {
        return State.CLEAR;
    }
}
