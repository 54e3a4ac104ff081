package vn.cchc.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.CchcTrackerApplication;
import vn.cchc.tracker.testing.TestAccounts;
import vn.cchc.tracker.testing.TestDatabase;

/**
 * The application started in the {@code prod} profile as README "The prod profile" runs it (application-prod.yml,
 * CCHC_ADMIN_USERNAME / CCHC_ADMIN_PASSWORD), each start on a schema of its own in the run's database, since the
 * schema every other test shares holds the demo accounts. It refuses to start without the first admin, with a weak
 * admin password, and on a database that still has a demo account with its published password; started properly, it
 * creates that admin and no demo account, and its session cookie is {@code Secure}.
 */
class ProdProfileTest {

    private static final String ADMIN = "chief";
    private static final String ADMIN_PASSWORD = "a-long-prod-password";

    @Test
    void refusesToStartWithoutTheFirstAdminFromTheEnvironment() {
        assertThatProdRefusesToStart("cchc_prod_no_admin", "", "")
                .hasMessageContaining("set CCHC_ADMIN_USERNAME and CCHC_ADMIN_PASSWORD");
    }

    @Test
    void refusesAWeakAdminPassword() {
        assertThatProdRefusesToStart("cchc_prod_weak", ADMIN, "short")
                .hasMessageContaining("CCHC_ADMIN_PASSWORD is not acceptable");
    }

    @Test
    void refusesADatabaseWhereADemoAccountStillHasItsPublishedPassword() {
        String schema = "cchc_prod_after_demo";
        try (ConfigurableApplicationContext demo = start(schema, "default", null, null)) {
            assertThat(usernames(demo))
                    .as("the default profile's demo accounts")
                    .containsExactlyInAnyOrder(
                            TestAccounts.ADMIN, TestAccounts.EDITOR_DAK_NONG, TestAccounts.DEMO_REVIEWER);
        }

        assertThatProdRefusesToStart(schema, ADMIN, ADMIN_PASSWORD)
                .hasMessageContaining("A demo account with its published password exists in this database");
    }

    @Test
    void startsWithTheFirstAdminOnlyAndASecureSessionCookie() throws Exception {
        try (ConfigurableApplicationContext prod = start("cchc_prod", "prod", ADMIN, ADMIN_PASSWORD)) {
            assertThat(usernames(prod)).containsExactly(ADMIN);

            int port = ((WebServerApplicationContext) prod).getWebServer().getPort();
            HttpResponse<Void> login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().allValues("Set-Cookie"))
                    .filteredOn(c -> c.startsWith("CCHC_SESSION="))
                    .singleElement()
                    .satisfies(c -> assertThat(c).containsIgnoringCase("; Secure"));
        }
    }

    /** The most specific cause of the failed start: the refusal itself, whether a bean or a runner threw it. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertThatProdRefusesToStart(
            String schema, String username, String password) {
        // the refusal is the expected outcome: no "Application run failed" stack trace in the build log. An argument of
        // this start, because each start sets the logging up anew (a level set by the test would not survive it)
        Throwable thrown = catchThrowable(() -> start(
                        schema,
                        "prod",
                        username,
                        password,
                        "--logging.level.org.springframework.boot.SpringApplication=off")
                .close());
        assertThat(thrown).as("the prod profile refuses to start").isNotNull();
        return assertThat(NestedExceptionUtils.getMostSpecificCause(thrown)).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> usernames(ConfigurableApplicationContext application) {
        return application.getBean(JdbcTemplate.class).queryForList("select username from account", String.class);
    }

    /**
     * The application in a profile, on the run's database in a schema of its own, without the shipped data. The
     * variables are passed even when blank, so the developer's environment cannot supply them; command-line
     * arguments, because builder properties would lose to application.yml.
     */
    private static ConfigurableApplicationContext start(
            String schema, String profile, String username, String password, String... moreArguments) {
        TestDatabase db = TestDatabase.get();
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + profile,
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--spring.datasource.hikari.schema=" + schema,
                "--spring.jpa.properties.hibernate.default_schema=" + schema,
                "--cchc.shipped-data.enabled=false"));
        if (username != null) {
            args.add("--CCHC_ADMIN_USERNAME=" + username);
            args.add("--CCHC_ADMIN_PASSWORD=" + password);
        }
        args.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(CchcTrackerApplication.class).run(args.toArray(String[]::new));
    }
}
