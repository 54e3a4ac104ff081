package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.tracker.testing.HttpBrowser;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The login lockout under parallel attack over real HTTP, counting the passwords actually compared: at most five
 * per lockout window for one account, whatever the concurrency, and never a 500.
 */
@ServerTest
@Import(ParallelLoginLockoutTest.CountingPasswordChecks.class)
@TestPropertySource(
        properties = {
            // the attempts wait for a connection instead of failing fast (503) on a busy test machine, so what is
            // measured is the lockout, not pool capacity
            "spring.datasource.hikari.maximum-pool-size=10",
            "spring.datasource.hikari.connection-timeout=20000"
        })
class ParallelLoginLockoutTest {

    /** Every guess of these tests starts with this, so only their comparisons are counted. */
    private static final String GUESS = "guess-";

    static final AtomicInteger guessesChecked = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBurstOf47WrongPasswordsAndTheRightOneLeavesTheAccountLockedWithoutA500() throws Exception {
        String user = "test.burst";
        TestAccounts.create(jdbc, user, "VIEWER", null, false);
        guessesChecked.set(0);
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < 47; i++) {
            passwords.add(GUESS + i);
        }
        passwords.add(24, TestAccounts.PASSWORD);
        // every browser opens the login page first; then all the passwords are sent at once
        List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
        for (String password : passwords) {
            HttpBrowser browser = new HttpBrowser(port);
            String token = browser.csrfToken("/login");
            attempts.add(() -> browser.post("/login", Map.of("username", user, "password", password), token));
        }

        List<HttpResponse<String>> answers = all(attempts, 48);

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(302));
        // the right one may win if it came early; afterwards there are always five more wrong ones
        assertThat(guessesChecked.get()).isLessThanOrEqualTo(10);
        assertThat(locked(user)).isTrue();
        assertThat(HttpBrowser.location(new HttpBrowser(port).logIn(user, TestAccounts.PASSWORD)))
                .endsWith("/login?error");
    }

    @Test
    void aSustainedAttackOf32ThreadsGetsAtMostFivePasswordsChecked() throws Exception {
        String user = "test.sustained";
        TestAccounts.create(jdbc, user, "VIEWER", null, false);
        guessesChecked.set(0);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
        for (int i = 0; i < 320; i++) {
            String password = GUESS + i;
            // HTTP Basic on the API counts towards the same lock as the form
            attempts.add(() -> http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/provinces"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        List<HttpResponse<String>> answers = all(attempts, 32);

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(401));
        assertThat(guessesChecked.get()).isEqualTo(5);
        assertThat(locked(user)).isTrue();
    }

    private boolean locked(String user) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select locked_until > now() from account where username = ?", Boolean.class, user));
    }

    private static <T> List<T> all(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Wraps the application's password encoder to count the comparisons of the tests' guesses. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingPasswordChecks {

        @Bean
        static BeanPostProcessor countingPasswordEncoder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof PasswordEncoder encoder)) {
                        return bean;
                    }
                    // hashes the application made itself: the dummy a refused attempt is compared with, so that it
                    // takes as long as a wrong password, is no check of the attacked account's password
                    Set<String> ownHashes = ConcurrentHashMap.newKeySet();
                    return new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence raw) {
                            String hash = encoder.encode(raw);
                            ownHashes.add(hash);
                            return hash;
                        }

                        @Override
                        public boolean matches(CharSequence raw, String encoded) {
                            if (raw != null && raw.toString().startsWith(GUESS) && !ownHashes.contains(encoded)) {
                                guessesChecked.incrementAndGet();
                            }
                            return encoder.matches(raw, encoded);
                        }

                        @Override
                        public boolean upgradeEncoding(String encoded) {
                            return encoder.upgradeEncoding(encoded);
                        }
                    };
                }
            };
        }
    }
}
