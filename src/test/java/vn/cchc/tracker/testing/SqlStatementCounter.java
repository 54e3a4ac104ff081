package vn.cchc.tracker.testing;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application sends, whatever sends it (JPA, JdbcTemplate, Flyway), by wrapping
 * the DataSource in a datasource-proxy. Every {@link ApplicationTest} has it: read {@link #count(Work)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            .countQuery()
                            .build();
                }
                return bean;
            }
        };
    }

    /** Work whose statements are counted; it may throw, as a MockMvc request does. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Statements sent by the current thread while {@code work} runs. */
    public static long count(Work work) {
        QueryCountHolder.clear();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long total = QueryCountHolder.get("counted").getTotal();
        QueryCountHolder.clear();
        return total;
    }
}
