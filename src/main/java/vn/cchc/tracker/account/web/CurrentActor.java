package vn.cchc.tracker.account.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.cchc.tracker.account.Actor;

/**
 * Gives controllers the {@link Actor} of the request, read from the database once per request, so a disabled
 * account or a removed province binding takes effect at once, not at the next login.
 */
class CurrentActor implements HandlerMethodArgumentResolver {

    private final Access access;

    CurrentActor(Access access) {
        this.access = access;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return access.actor();
    }
}
