package vn.cchc.tracker.account;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.account.LoginLockout.Outcome;

/**
 * The one way a password is checked (login form and HTTP Basic): the check is reserved in the database first
 * ({@link LoginAttempts}), so a locked account never has its password compared, whatever the concurrency. When the
 * checks already under way fill the budget, the attempt waits a little for one of them to be decided, then is refused
 * like a wrong password. Every admitted check is released exactly once, as a failure or a success.
 *
 * <p>A refusal without a password check (locked, busy) still compares the presented password with a dummy hash, so it
 * takes as long as a wrong password and the answer time does not tell a locked account from a wrong guess (OWASP
 * Authentication Cheat Sheet). A disabled account comes here too (Spring Security runs this check even when the
 * account's status is refused), an unknown username gets Spring Security's own dummy comparison.
 */
@Component
class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

    /** How long an attempt waits for a free check while others are under way. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(3);

    private final LoginAttempts attempts;
    private final PasswordEncoder passwordEncoder;
    private volatile String dummyHash;

    @Autowired
    LockoutAuthenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        this(accounts::loadUserByUsername, passwordEncoder, attempts);
    }

    LockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        // a disabled or locked account still goes through the check below, so it is refused as slowly as a wrong
        // password (Spring Security's default, relied upon here)
        setAlwaysPerformAdditionalChecksOnUser(true);
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        String username = user.getUsername();
        Outcome outcome = reserve(username);
        if (outcome == Outcome.LOCKED) {
            spendAPasswordCheck(authentication);
            throw new LockedException("locked");
        }
        if (outcome != Outcome.ALLOWED) {
            spendAPasswordCheck(authentication);
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

    /** Compares the presented password with a dummy hash: the time of a check, whose result does not matter. */
    private void spendAPasswordCheck(Authentication authentication) {
        if (dummyHash == null) {
            dummyHash = passwordEncoder.encode("no-account-has-this-password");
        }
        Object presented = authentication.getCredentials();
        passwordEncoder.matches(presented == null ? "" : presented.toString(), dummyHash);
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
