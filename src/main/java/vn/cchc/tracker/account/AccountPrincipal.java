package vn.cchc.tracker.account;

import java.io.Serial;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in account as Spring Security keeps it in the session; the page header shows the display name. */
public class AccountPrincipal extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String displayName;

    AccountPrincipal(Account account, boolean locked) {
        super(
                account.getUsername(),
                account.getPasswordHash(),
                account.isEnabled(),
                true,
                true,
                !locked,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.displayName = account.getDisplayName();
    }

    public String getDisplayName() {
        return displayName;
    }
}
