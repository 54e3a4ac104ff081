package vn.cchc.tracker.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds login outcomes to the throttling rule: five wrong passwords in a row lock the account for a while. */
@Component
class LoginAttemptListener {

    private final AccountService accounts;

    LoginAttemptListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName());
    }
}
