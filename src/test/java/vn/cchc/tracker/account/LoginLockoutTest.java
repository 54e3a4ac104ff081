package vn.cchc.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class LoginLockoutTest {

    private final LoginLockout lockout = new LoginLockout(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2025-03-05T07:00:00Z");

    @Test
    void fourWrongPasswordsDoNotLock() {
        LoginLockout.State state = LoginLockout.State.CLEAR;
        for (int i = 0; i < 4; i++) {
            state = lockout.afterFailure(state, now);
        }

        assertThat(state.failedAttempts()).isEqualTo(4);
        assertThat(state.lockedUntil()).isNull();
    }

    @Test
    void theFifthWrongPasswordLocksForFifteenMinutes() {
        LoginLockout.State state = new LoginLockout.State(4, null);

        LoginLockout.State locked = lockout.afterFailure(state, now);

        assertThat(locked.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
    }

    @Test
    void afterTheLockExpiresTheCountStartsAgain() {
        LoginLockout.State expired = new LoginLockout.State(5, now.minusSeconds(1));

        LoginLockout.State next = lockout.afterFailure(expired, now);

        assertThat(next.failedAttempts()).isEqualTo(1);
        assertThat(next.lockedUntil()).isNull();
    }

    @Test
    void aSuccessClearsEverything() {
        assertThat(lockout.afterSuccess()).isEqualTo(LoginLockout.State.CLEAR);
    }

    @Test
    void aLockedAccountGetsNoPasswordCheck() {
        LoginLockout.State locked = new LoginLockout.State(5, now.plusSeconds(60));

        LoginLockout.Reservation reservation = lockout.reserve(locked, now);

        assertThat(reservation.allowed()).isFalse();
        assertThat(reservation.next()).isEqualTo(locked);
    }

    @Test
    void checksUnderWayAndFailuresShareTheBudgetButOnlyFailuresLock() {
        LoginLockout.State state = LoginLockout.State.CLEAR;
        int allowed = 0;
        for (int i = 0; i < 47; i++) {
            LoginLockout.Reservation reservation = lockout.reserve(state, now);
            if (reservation.allowed()) {
                allowed++;
                state = reservation.next();
            } else {
                assertThat(reservation.outcome()).isEqualTo(LoginLockout.Outcome.BUSY);
            }
        }

        assertThat(allowed).isEqualTo(5);
        assertThat(state.checksInFlight()).isEqualTo(5);
        assertThat(state.lockedAt(now)).isFalse();
        for (int i = 0; i < 5; i++) {
            state = lockout.afterFailure(state, now);
        }
        assertThat(state.checksInFlight()).isZero();
        assertThat(state.lockedAt(now)).isTrue();
        assertThat(lockout.reserve(state, now).outcome()).isEqualTo(LoginLockout.Outcome.LOCKED);
    }

    @Test
    void parallelChecksWithTheRightPasswordNeverLock() {
        LoginLockout.State state = LoginLockout.State.CLEAR;
        for (int i = 0; i < 5; i++) {
            state = lockout.reserve(state, now).next();
        }
        assertThat(lockout.reserve(state, now).outcome()).isEqualTo(LoginLockout.Outcome.BUSY);

        state = lockout.afterSuccess(state);

        assertThat(state).isEqualTo(new LoginLockout.State(0, 4, null));
        assertThat(lockout.reserve(state, now).allowed()).isTrue();
    }

    @Test
    void aFailureWhileOthersAreUnderWayCountsOnlyItself() {
        LoginLockout.State state = new LoginLockout.State(3, 2, null);

        LoginLockout.State next = lockout.afterFailure(state, now);

        assertThat(next).isEqualTo(new LoginLockout.State(4, 1, null));
    }
}
