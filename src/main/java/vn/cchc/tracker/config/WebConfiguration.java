package vn.cchc.tracker.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import vn.cchc.tracker.support.DataVersion;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.support.web.EvaluationYearResolver;
import vn.cchc.tracker.support.web.PageCacheFilter;

/**
 * Vietnamese unless the user picks English with {@code ?lang=en}; the choice is remembered in a cookie. Controllers
 * take the evaluation year as an {@code @EvaluationYear} argument.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final EvaluationYears years;

    WebConfiguration(EvaluationYears years) {
        this.years = years;
    }

    @Bean
    LocaleResolver localeResolver() {
        // whatever a cookie says, only Vietnamese and English are ever resolved
        CookieLocaleResolver resolver = new CookieLocaleResolver("cchc-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                return Languages.supportedOrDefault(super.resolveLocale(request).getLanguage());
            }
        };
        // a cookie we never wrote (quoted, garbage) means the default language, never an error; ?lang= overwrites it
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocale(Languages.VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Keeps Thymeleaf's auto-configured {@link ResourceUrlEncodingFilter} off. With the WebJars locator on the class
     * path it would pass every link of every page through the static-resource resolvers (a class-path lookup in the
     * jar per link: a third of the CPU of a national scorecard). Nothing needs it: the locator still serves the
     * version-less {@code /webjars/...} URLs the templates use.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** Dashboards from memory while the data is unchanged (support.web.PageCacheFilter). */
    @Bean
    @ConditionalOnBooleanProperty(name = "cchc.page-cache.enabled", matchIfMissing = true)
    PageCacheFilter pageCacheFilter(
            DataVersion versions,
            LocaleResolver localeResolver,
            Clock clock,
            @Value("${cchc.page-cache.max-size:64MB}") DataSize maxSize) {
        return new PageCacheFilter(versions, localeResolver, clock, maxSize.toBytes());
    }

    /** Right after Spring Security, so its access rules and headers apply to every page, kept or not. */
    @Bean
    @ConditionalOnBooleanProperty(name = "cchc.page-cache.enabled", matchIfMissing = true)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilterRegistration(PageCacheFilter filter) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new EvaluationYearResolver(years));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return Languages.supportedOrDefault(localeValue);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
