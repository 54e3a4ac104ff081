package vn.cchc.tracker.config;

import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, tables from V40), shared by every instance. Two requests of one
 * session at once — a double click on a form that leaves a one-time notice — both add the same session attribute;
 * the stock plain INSERT then fails one of them with a duplicate key (500). PostgreSQL's upsert lets the later write
 * win instead.
 *
 * <p>A signed-in user's request costs one statement for the session and nothing more unless the session changes (it
 * cost two reads, each in a transaction of its own, and an UPDATE with its commit): the session is read once per
 * request and without a transaction ({@link SessionTransactions}), and the last access time is written only when it
 * moved by {@code cchc.session.last-access-write-interval} (default one minute) or together with another change
 * ({@link SparseTouchSessionRepository}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String WRITE_INTERVAL = "cchc.session.last-access-write-interval";
    static final Duration DEFAULT_WRITE_INTERVAL = Duration.ofMinutes(1);
    /** The name Spring Session JDBC asks for its transactions by. */
    private static final String TRANSACTIONS = "springSessionTransactionOperations";

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Session's transactions; only for Spring Session (not a default candidate), so Spring Boot's own
     * {@code TransactionTemplate} stays the one everybody else is given.
     */
    @Bean(name = TRANSACTIONS, defaultCandidate = false)
    @Qualifier(TRANSACTIONS)
    SessionTransactions sessionTransactions(PlatformTransactionManager transactions) {
        return new SessionTransactions(transactions);
    }

    /**
     * Right before Spring Session's filter: a request reads its session once ({@link SparseTouchSessionRepository#serve}).
     */
    @Bean
    FilterRegistrationBean<Filter> sessionReadOncePerRequest(SessionRepository<?> sessions) {
        Filter filter = sessions instanceof SparseTouchSessionRepository<?> sparse
                ? (request, response, chain) -> sparse.serve(() -> chain.doFilter(request, response))
                : (request, response, chain) -> chain.doFilter(request, response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** Puts the sparse writes around the session store Spring Boot configures (every other setting stays its). */
    @Bean
    static BeanPostProcessor sparseSessionTouches(Environment environment, BeanFactory beans) {
        Duration interval =
                Binder.get(environment).bind(WRITE_INTERVAL, Duration.class).orElse(DEFAULT_WRITE_INTERVAL);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository store) {
                    return new SparseTouchSessionRepository<>(
                            store, interval, beans.getBean(TRANSACTIONS, SessionTransactions.class));
                }
                return bean;
            }
        };
    }
}
