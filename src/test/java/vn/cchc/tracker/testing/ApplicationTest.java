package vn.cchc.tracker.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the run's real PostgreSQL with the shipped data, driven through MockMvc or its beans;
 * {@link SqlStatementCounter#count} counts the statements of any work. Every such test shares one context unless it
 * sets properties of its own ({@code @TestPropertySource}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, SqlStatementCounter.class})
@Tag("application")
public @interface ApplicationTest {}
