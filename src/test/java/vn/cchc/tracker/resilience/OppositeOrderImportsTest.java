package vn.cchc.tracker.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.tracker.testing.HttpUploads;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Several clients import files over the same results at once, half of them listing the rows in the opposite order:
 * every import is written (200) or refused as stale (409) — never a deadlock answered with 500. In a schema of its
 * own, so the values it writes touch no other test.
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
    private static final long RUN_MILLIS = 12_000;
    private static final int MAX_IMPORTS_PER_CLIENT = 300;
    private static final List<String> PROVINCES = List.of(DAK_NONG, BINH_DINH, QUANG_TRI, HUE);
    private static final List<String> INDICATORS = List.of(
            SIPAS,
            "CCHC_PLAN_COMPLETION_RATE",
            "CCHC_PLAN_AGENCIES_RATE",
            "CCHC_INSPECTION_COVERAGE_RATE",
            "LEGAL_DOCS_PROPER_PROCEDURE_RATE");
    /** All clients write the same year for a while, then the next one: its rows are new, then changed. */
    private static final long MILLIS_PER_YEAR = 1_500;

    @LocalServerPort
    int port;

    private final Map<Integer, String> unexpected = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void overlappingImportsInOppositeRowOrdersAnswerOnly200Or409() throws Exception {
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
