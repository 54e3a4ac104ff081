package vn.cchc.tracker.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Login throttling: after {@code maxAttempts} wrong passwords in a row an account is locked for {@code lockFor};
 * a successful login, or a password reset, starts the count again. Plain Java.
 */
public record LoginLockout(int maxAttempts, Duration lockFor) {

    public static final LoginLockout DEFAULT = new LoginLockout(5, Duration.ofMinutes(15));

    public LoginLockout {
        if (maxAttempts < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("need at least one attempt and a positive lock duration");
        }
    }

    /** Failed attempts so far and the end of the current lock, if any. */
    public record State(int failedAttempts, Instant lockedUntil) {
        public static final State CLEAR = new State(0, null);
    }

    public State afterFailure(State state, Instant now) {
        // an expired lock gives a fresh series of attempts
        int attempts =
                (state.lockedUntil() != null && !state.lockedUntil().isAfter(now) ? 0 : state.failedAttempts()) + 1;
        if (attempts >= maxAttempts) {
            return new State(attempts, now.plus(lockFor));
        }
        return new State(
                attempts, state.lockedUntil() != null && state.lockedUntil().isAfter(now) ? state.lockedUntil() : null);
    }

    public State afterSuccess() {
        return State.CLEAR;
    }
}
