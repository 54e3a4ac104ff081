package vn.cchc.tracker.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the run's real PostgreSQL with the shipped data, talked to over real
 * HTTP ({@code @LocalServerPort}): for what only the servlet container shows — its forward to the error page,
 * multipart limits, compression. Anything MockMvc can show is an {@link ApplicationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@Tag("server")
public @interface ServerTest {}
