package vn.cchc.tracker.testing;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application sends, whatever sends it (JPA, JdbcTemplate, Flyway), by wrapping
 * the DataSource in a datasource-proxy. Every {@link ApplicationTest} has it: read {@link #count(Work)}, or
 * {@link #statements(Work)} for what they said.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

    /** The statements of the current thread, while {@link #statements(Work)} records them. */
    private static final ThreadLocal<List<Statement>> RECORDED = new ThreadLocal<>();

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
                            .afterQuery((execution, queries) -> {
                                List<Statement> recorded = RECORDED.get();
                                if (recorded != null) {
                                    queries.forEach(query -> recorded.add(
                                            new Statement(query.getQuery(), parameters(query.getParametersList()))));
                                }
                            })
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

    /** Statements sent by the current thread while {@code work} runs, in order. */
    public static List<Statement> statements(Work work) {
        List<Statement> recorded = new ArrayList<>();
        RECORDED.set(recorded);
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            RECORDED.remove();
        }
        return recorded;
    }

    /**
     * A statement sent.
     *
     * @param sql        its text
     * @param parameters the values bound to it, in order (of its first execution, for a batch)
     */
    public record Statement(String sql, List<Object> parameters) {}

    private static List<Object> parameters(List<List<ParameterSetOperation>> executions) {
        List<Object> parameters = new ArrayList<>();
        if (!executions.isEmpty()) {
            executions.get(0).forEach(operation -> {
                Object[] args = operation.getArgs();
                boolean none = ParameterSetOperation.isSetNullParameterOperation(operation) || args.length < 2;
                parameters.add(none ? null : args[1]);
            });
        }
        return parameters;
    }
}
