package vn.cchc.tracker.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.LAM_DONG;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.measurement.ApplyResult;
import vn.cchc.tracker.measurement.MeasurementChange;
import vn.cchc.tracker.measurement.MeasurementConflictException;
import vn.cchc.tracker.measurement.MeasurementWriteService;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * 32 writers hammer overlapping provinces for a bounded time, each one a read-modify-write (value + 1 at the
 * version it read), alone or in batches of up to three rows as imports do. Afterwards: no update lost (every key
 * holds exactly the number of successful writes to it), no duplicate row, every conflict surfaced to its writer
 * (who retried) and exactly one audit row per successful write. Runs in its own schema: audit rows are permanent.
 */
@ApplicationTest
@TestPropertySource(
        properties = {
            "spring.flyway.schemas=cchc_concurrency",
            "spring.flyway.default-schema=cchc_concurrency",
            "spring.datasource.hikari.schema=cchc_concurrency",
            "spring.jpa.properties.hibernate.default_schema=cchc_concurrency",
            "cchc.shipped-data.enabled=false",
            // 32 writers share the pool, as 32 request threads would; they wait for a connection instead of
            // failing fast, so what is measured is conflicts, not pool capacity
            "spring.datasource.hikari.maximum-pool-size=10",
            "spring.datasource.hikari.connection-timeout=20000"
        })
class ConcurrentWritesTest {

    private static final int WRITERS = 32;
    private static final long RUN_MILLIS = 4_000;
    private static final int MAX_ATTEMPTS_PER_WRITER = 400;
    private static final List<String> PROVINCES = List.of(QUANG_TRI, HUE, LAM_DONG);
    private static final List<String> INDICATORS =
            List.of("PUBLIC_SERVICE_UNITS", "CIVIL_SERVANT_STAFFING", "PUBLIC_EMPLOYEE_STAFFING");
    // years in which all three codes named the same unit (45 ended on 30/06/2025)
    private static final List<Integer> YEARS = List.of(2023, 2024);
    private static final Actor ADMIN = Actor.of("test.concurrency", Role.ADMIN, Set.of(), false);

    @Autowired
    MeasurementWriteService writer;

    @Autowired
    JdbcTemplate jdbc;

    record Key(String province, String indicator, int year) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }
    }

    @Test
    void concurrentWritersNeverLoseOrDuplicateAValueAndEveryWriteIsAudited() throws Exception {
        List<Key> keys = new ArrayList<>();
        PROVINCES.forEach(p -> INDICATORS.forEach(i -> YEARS.forEach(y -> keys.add(new Key(p, i, y)))));
        Map<Key, AtomicInteger> successes = new ConcurrentHashMap<>();
        keys.forEach(k -> successes.put(k, new AtomicInteger()));
        AtomicLong conflicts = new AtomicLong();
        AtomicLong committed = new AtomicLong();
        long auditBefore = auditRows();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long deadline = System.currentTimeMillis() + RUN_MILLIS;
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writerNo = w;
            running.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int attempt = 0;
                        attempt < MAX_ATTEMPTS_PER_WRITER && System.currentTimeMillis() < deadline;
                        attempt++) {
                    // one row, or a small batch like an import; sorted so two batches lock rows in the same order
                    TreeSet<Key> batch = new TreeSet<>();
                    int size = writerNo % 2 == 0 ? 1 : 1 + random.nextInt(3);
                    while (batch.size() < size) {
                        batch.add(keys.get(random.nextInt(keys.size())));
                    }
                    List<MeasurementChange> changes = new ArrayList<>();
                    for (Key key : batch) {
                        changes.add(incremented(key));
                    }
                    Origin origin = size == 1 ? Origin.WEB : Origin.importOf("concurrency-" + writerNo + ".csv");
                    try {
                        ApplyResult result = writer.apply(changes, ADMIN, origin, null);
                        batch.forEach(k -> successes.get(k).incrementAndGet());
                        committed.addAndGet(result.written());
                    } catch (MeasurementConflictException
                            | DataIntegrityViolationException
                            | ConcurrencyFailureException e) {
                        conflicts.incrementAndGet(); // surfaced to the writer, who reads again and retries
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long total = successes.values().stream().mapToLong(AtomicInteger::get).sum();
        System.out.printf(
                "concurrency: %d writers, %d successful row writes, %d conflicts surfaced and retried%n",
                WRITERS, total, conflicts.get());
        assertThat(total).isPositive();
        assertThat(conflicts.get()).as("the writers really competed").isPositive();
        assertThat(committed.get()).isEqualTo(total);
        for (Key key : keys) {
            assertThat(storedValue(key))
                    .as("value of %s", key)
                    .isEqualTo(successes.get(key).get());
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from (select 1 from measurement group by province_id, indicator_code, year having count(*) > 1) d
                """, Long.class)).as("duplicate rows").isZero();
        assertThat(auditRows() - auditBefore).as("audit rows").isEqualTo(total);
    }

    /** The change "value + 1" at the version this writer reads now. */
    private MeasurementChange incremented(Key key) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select m.value_number, m.version from measurement m join province p on p.id = m.province_id
                where p.code = ? and m.indicator_code = ? and m.year = ?""", key.province(), key.indicator(), key.year());
        long current = rows.isEmpty() ? 0 : ((Number) rows.get(0).get("value_number")).longValue();
        Long version = rows.isEmpty() ? null : ((Number) rows.get(0).get("version")).longValue();
        return new MeasurementChange(
                key.province(),
                key.indicator(),
                key.year(),
                String.valueOf(current + 1),
                "Kiểm thử đồng thời",
                null,
                version);
    }

    private long storedValue(Key key) {
        List<Long> values = jdbc.queryForList("""
                select m.value_number::bigint from measurement m join province p on p.id = m.province_id
                where p.code = ? and m.indicator_code = ? and m.year = ?""", Long.class, key.province(), key.indicator(), key.year());
        return values.isEmpty() ? 0 : values.get(0);
    }

    private long auditRows() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where entity_type = 'MEASUREMENT' and year in (2023, 2024)",
                Long.class);
    }
}
