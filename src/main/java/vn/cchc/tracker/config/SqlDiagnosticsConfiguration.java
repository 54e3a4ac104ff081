package vn.cchc.tracker.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Diagnostics mode ({@code cchc.diagnostics.sql=true}, off by default): counts the SQL statements each request
 * sends and logs them with the request's duration, so benchmarks can show that a page's statement count does not
 * grow with the data. Costs a proxy around every JDBC call, hence off in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cchc.diagnostics.sql")
class SqlDiagnosticsConfiguration {

    static final String DATA_SOURCE_NAME = "cchc";
    private static final Logger log = LoggerFactory.getLogger("vn.cchc.tracker.diagnostics.sql");

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(DATA_SOURCE_NAME)
                            .countQuery()
                            .build();
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sqlStatementLog() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        QueryCountHolder.clear();
                        long started = System.nanoTime();
                        try {
                            chain.doFilter(request, response);
                        } finally {
                            long micros = (System.nanoTime() - started) / 1_000;
                            long statements = QueryCountHolder.get(DATA_SOURCE_NAME) == null
                                    ? 0
                                    : QueryCountHolder.get(DATA_SOURCE_NAME).getTotal();
                            String query = request.getQueryString();
                            log.info(
                                    "sql-statements={} micros={} status={} {} {}",
                                    statements,
                                    micros,
                                    response.getStatus(),
                                    request.getMethod(),
                                    request.getRequestURI() + (query == null ? "" : "?" + query));
                            QueryCountHolder.clear();
                        }
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
