package vn.cchc.tracker.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Plain Java: no Spring context, no database, no server, milliseconds per test — how business rules (attainment,
 * values, filters, reading files) are tested. Tagged {@code unit}, so {@code ./mvnw test -Dgroups=unit} runs only
 * these. The other kinds: {@link RepositoryTest}, {@link ApplicationTest}, {@link ServerTest}, {@link BrowserTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("unit")
public @interface UnitTest {}
