package vn.cchc.tracker.account;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.account.LoginLockout.Outcome;

/**
 * The one way a password is checked (login form and HTTP Basic): the check is reserved in the database first
 * ({@link LoginAttempts}), so a locked account never has its password compared, whatever the concurrency. When the
 * checks already under way fill the budget, the attempt waits a little for one of them to be decided, then is refused
 * like a wrong password. Every admitted check is released exactly once, as a failure or a success.
 */
@Component
class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

    /** How long an attempt waits for a free check while others are under way. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(3);

    private final LoginAttempts attempts;

    LockoutAuthenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        super(accounts::loadUserByUsername);
        setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        String username = user.getUsername();
        Outcome outcome = reserve(username);
        if (outcome == Outcome.LOCKED) {
            throw new LockedException("locked");
        }
        if (outcome != Outcome.ALLOWED) {
            throw new BadCredentialsException("busy");
        }
        boolean right = false;
        try {
            super.additionalAuthenticationChecks(user, authentication);
            right = true;
        } finally {
            if (right) {
                attempts.succeeded(username);
            } else {
                attempts.failed(username);
            }
        }
    }

    /** Reserves a check, waiting in short random steps while the checks under way fill the budget. */
    private Outcome reserve(String username) {
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        Outcome outcome = attempts.reserve(username);
        while (outcome == Outcome.BUSY && System.nanoTime() < deadline) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(25, 51));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcome;
            }
            outcome = attempts.reserve(username);
        }
        return outcome;
    }
}
