package vn.cchc.tracker.account.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller take an {@code Actor} parameter. */
@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

    private final Access access;

    AccountWebConfiguration(@Lazy Access access) {
        this.access = access;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentActor(access));
    }
}
