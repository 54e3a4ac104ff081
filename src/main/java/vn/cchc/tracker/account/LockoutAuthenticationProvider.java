package vn.cchc.tracker.account;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked (login form and HTTP Basic): the check is reserved in the database first
 * ({@link LoginAttempts}), so a locked account never has its password compared, whatever the concurrency.
 */
@Component
class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    LockoutAuthenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        super(accounts::loadUserByUsername);
        setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        if (!attempts.reserve(user.getUsername())) {
            throw new LockedException("locked");
        }
        super.additionalAuthenticationChecks(user, authentication);
        attempts.succeeded(user.getUsername());
    }
}
