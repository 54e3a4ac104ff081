package vn.cchc.tracker.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.tracker.testing.HttpUploads;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Several clients import files over the same results at once, half of them listing the rows in the opposite order:
 * every import is written (200) or refused as stale (409) — never a 500 — and PostgreSQL detects no deadlock among
 * them, as every writer locks and inserts in one order ({@code MeasurementWriteService.apply}). Without that order
 * the imports deadlock within seconds (answered 409 all the same, so the test reads PostgreSQL's own counter). In a
 * schema of its own, so the values it writes touch no other test. The 20-second run of the issue is
 * {@code bench/run-opposite-imports.sh}.
 */
@ServerTest
@TestPropertySource(
        properties = {
            "spring.flyway.schemas=cchc_opposite_imports",
            "spring.flyway.default-schema=cchc_opposite_imports",
            "spring.datasource.hikari.schema=cchc_opposite_imports",
            "spring.jpa.properties.hibernate.default_schema=cchc_opposite_imports",
            "cchc.shipped-data.enabled=false"
        })
class OppositeOrderImportsTest {

    private static final int CLIENTS = 6;
    /** 12 s in the build; {@code -Dcchc.opposite-imports.millis=20000} for the 20-second run (bench/). */
    private static final long RUN_MILLIS = Long.getLong("cchc.opposite-imports.millis", 12_000);

    private static final int MAX_IMPORTS_PER_CLIENT = 300;
    private static final List<String> PROVINCES = List.of(DAK_NONG, BINH_DINH, QUANG_TRI, HUE);
    /** Percentages all (any value from 50 to 100 is valid): 44 results in every file, each import's rows overlapping. */
    private static final List<String> INDICATORS = List.of(
            SIPAS,
            "CCHC_PLAN_COMPLETION_RATE",
            "CCHC_PLAN_AGENCIES_RATE",
            "CCHC_INSPECTION_COVERAGE_RATE",
            "LEGAL_DOCS_PROPER_PROCEDURE_RATE",
            "TTHC_ONLINE_L34_RATE",
            "TTHC_ONLINE_L4_RATE",
            "DOSSIER_ONLINE_RATE",
            "DOSSIER_ON_TIME_RATE",
            "DIGITIZED_RESULTS_RATE",
            "SELF_FINANCING_UNITS_RATE");
    /** All clients write the same year for a while, then the next one: its rows are new, then changed. */
    private static final long MILLIS_PER_YEAR = 1_500;

    @LocalServerPort
    int port;

    private final Map<Integer, String> unexpected = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void overlappingImportsInOppositeRowOrdersAnswerOnly200Or409AndNeverDeadlock() throws Exception {
        long deadlocksBefore = deadlocks();
        long until = System.currentTimeMillis() + RUN_MILLIS;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Map<Integer, Integer>>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            boolean reversed = c % 2 == 1;
            results.add(clients.submit(() -> importUntil(until, reversed)));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Map<Integer, Integer>> result : results) {
            result.get().forEach((status, n) -> statuses.merge(status, n, Integer::sum));
        }
        clients.shutdown();

        assertThat(statuses.keySet())
                .as("status → count: %s, %s", statuses, unexpected)
                .isSubsetOf(200, 409);
        assertThat(statuses).as("status → count").containsKey(200);
        // a deadlock is answered 409 as well (nothing was written), so only PostgreSQL can tell: its counter
        assertThat(deadlocksAfter(deadlocksBefore))
                .as("deadlocks PostgreSQL detected among the imports (one lock order for every writer: none)")
                .isZero();
    }

    /** This database's deadlocks so far. */
    private long deadlocks() {
        Long n = jdbc.queryForObject(
                "select deadlocks from pg_stat_database where datname = current_database()", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Deadlocks since {@code before}. A backend reports its statistics at the latest when it ends, so the pool's
     * connections are closed first; then the counter is read until it moves or a few seconds have passed.
     */
    private long deadlocksAfter(long before) throws InterruptedException {
        dataSource.getHikariPoolMXBean().softEvictConnections();
        long deadline = System.currentTimeMillis() + 3_000;
        long found = deadlocks() - before;
        while (found == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            found = deadlocks() - before;
        }
        return found;
    }

    private Map<Integer, Integer> importUntil(long until, boolean reversed) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < MAX_IMPORTS_PER_CLIENT && System.currentTimeMillis() < until; i++) {
            HttpResponse<String> response = HttpUploads.post(
                    http,
                    "http://localhost:" + port + "/api/v1/measurements/import",
                    TestAccounts.ADMIN,
                    TestAccounts.ADMIN_DEMO_PASSWORD,
                    "kq.csv",
                    file(reversed),
                    Map.of());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() != 200 && response.statusCode() != 409) {
                unexpected.putIfAbsent(response.statusCode(), response.body());
            }
        }
        return statuses;
    }

    /**
     * Every province and indicator in the current year (2005–2024: every province existed), each with a new value, so
     * every import inserts or updates every row.
     */
    private static byte[] file(boolean reversed) {
        int year = 2005 + (int) ((System.currentTimeMillis() / MILLIS_PER_YEAR) % 20);
        List<String> rows = new ArrayList<>();
        for (String province : PROVINCES) {
            for (String indicator : INDICATORS) {
                rows.add(province + "," + indicator + "," + year + ","
                        + ThreadLocalRandom.current().nextInt(50, 100) + ",Báo cáo thử,");
            }
        }
        if (reversed) {
            Collections.reverse(rows);
        }
        return ("province_code,indicator_code,year,value,source,note\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
