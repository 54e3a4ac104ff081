package vn.cchc.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cchc.tracker.account.LoginLockout.Outcome;
import vn.cchc.tracker.testing.UnitTest;

/**
 * Every refusal at login costs one password comparison, like a wrong password, so the answer time does not reveal
 * that an account is locked or disabled. Counts the comparisons; times nothing.
 */
@UnitTest
class RefusalTimingTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final String HASH = BCRYPT.encode("the-right-password-2026");

    private final AtomicInteger comparisons = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return BCRYPT.matches(raw, encoded);
        }
    };

    /** The database's answer to "may this password be checked?", without a database. */
    private static final class Attempts extends LoginAttempts {
        private final Outcome outcome;

        Attempts(Outcome outcome) {
            super(new JdbcTemplate(), Clock.systemUTC());
            this.outcome = outcome;
        }

        @Override
        public Outcome reserve(String username) {
            return outcome;
        }

        @Override
        public void failed(String username) {}

        @Override
        public void succeeded(String username) {}
    }

    private LockoutAuthenticationProvider provider(UserDetails user, Outcome outcome) {
        LockoutAuthenticationProvider provider = new LockoutAuthenticationProvider(
                username -> {
                    if (user == null) {
                        throw new UsernameNotFoundException(username);
                    }
                    return user;
                },
                counting,
                new Attempts(outcome));
        return provider;
    }

    private static UserDetails account(boolean enabled, boolean locked) {
        return User.withUsername("editor.x")
                .password(HASH)
                .disabled(!enabled)
                .accountLocked(locked)
                .roles("EDITOR")
                .build();
    }

    private static UsernamePasswordAuthenticationToken guess() {
        return UsernamePasswordAuthenticationToken.unauthenticated("editor.x", "a-wrong-guess-2026");
    }

    @Test
    void aWrongPasswordIsOneComparison() {
        assertThatThrownBy(() -> provider(account(true, false), Outcome.ALLOWED).authenticate(guess()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void aDisabledAccountIsRefusedAfterOneComparisonAsWell() {
        assertThatThrownBy(
                        () -> provider(account(false, false), Outcome.ALLOWED).authenticate(guess()))
                .isInstanceOf(DisabledException.class);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void anAccountLockedWhenItWasReadIsRefusedAfterOneComparisonAsWell() {
        assertThatThrownBy(() -> provider(account(true, true), Outcome.ALLOWED).authenticate(guess()))
                .isInstanceOf(LockedException.class);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void anAccountTheDatabaseSaysIsLockedIsRefusedAfterOneComparisonAsWell() {
        assertThatThrownBy(() -> provider(account(true, false), Outcome.LOCKED).authenticate(guess()))
                .isInstanceOf(LockedException.class);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void anUnknownUsernameIsOneComparisonToo() {
        assertThatThrownBy(() -> provider(null, Outcome.ALLOWED).authenticate(guess()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons).hasValue(1);
    }
}
