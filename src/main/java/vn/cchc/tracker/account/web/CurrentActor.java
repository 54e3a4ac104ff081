package vn.cchc.tracker.account.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.cchc.tracker.account.AccountService;
import vn.cchc.tracker.account.Actor;

/**
 * Gives controllers the {@link Actor} of the request, read from the database on every request, so a disabled
 * account or a removed province binding takes effect at once, not at the next login.
 */
class CurrentActor implements HandlerMethodArgumentResolver {

    private final AccountService accounts;

    CurrentActor(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Actor.anonymous();
        }
        return accounts.actor(auth.getName());
    }
}
