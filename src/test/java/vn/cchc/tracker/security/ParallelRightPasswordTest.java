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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * A legitimate client sending parallel requests with the right password (HTTP Basic, one password check each) is
 * never refused and never locks its own account: checks under way share the lockout's budget but are not failures.
 */
@ServerTest
class ParallelRightPasswordTest {

    private static final int PARALLEL = 8;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eightParallelRequestsWithTheRightPasswordAllSucceedRoundAfterRound() throws Exception {
        String user = "test.parallel.right";
        TestAccounts.create(jdbc, user, "VIEWER", null, false);
        // no cookie handler: every request is a new HTTP Basic authentication, a password check of its own
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/provinces"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();

        for (int round = 0; round < 4; round++) {
            List<Integer> statuses = inParallel(http, request);

            assertThat(statuses).as("round %d", round).containsOnly(200);
        }
        assertThat(jdbc.queryForMap(
                        "select failed_attempts, locked_until, checks_in_flight from account where username = ?", user))
                .containsEntry("failed_attempts", 0)
                .containsEntry("locked_until", null)
                .containsEntry("checks_in_flight", 0);
    }

    private static List<Integer> inParallel(HttpClient http, HttpRequest request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
