package vn.cchc.tracker.account.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.cchc.tracker.account.AccountPrincipal;
import vn.cchc.tracker.account.AccountService;
import vn.cchc.tracker.account.Actor;

/**
 * What templates ask about the current user ({@code @access}): whether to show edit links and menu entries. Only
 * decides what is shown; every write is checked again by its service. The actor is read once per request.
 */
@Component("access")
public class Access {

    private static final String ACTOR = Access.class.getName() + ".actor";

    private final AccountService accounts;

    Access(AccountService accounts) {
        this.accounts = accounts;
    }

    public boolean loggedIn() {
        return !actor().isAnonymous();
    }

    public String displayName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return p.getDisplayName();
        }
        return actor().username();
    }

    public String username() {
        return actor().username();
    }

    public boolean admin() {
        return actor().isAdmin();
    }

    public boolean entersData() {
        return actor().canEnterData();
    }

    /** Reviewers and admins: the list of reports waiting for review. */
    public boolean reviews() {
        return actor().canReview();
    }

    public boolean canWrite(String provinceCode) {
        return actor().canWrite(provinceCode);
    }

    public Actor actor() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(ACTOR, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Actor a) {
            return a;
        }
        Actor actor = resolve();
        if (request != null) {
            request.setAttribute(ACTOR, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    private Actor resolve() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Actor.anonymous();
        }
        return accounts.actor(auth.getName());
    }
}
