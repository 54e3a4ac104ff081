package vn.cchc.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * The scheduled purge deletes uploads past their expiry and keeps fresh ones, also when nobody uploads again; on
 * several instances only one purges at a time.
 */
@ApplicationTest
class ExpiredUploadsPurgeTest {

    private static final String ACCOUNT = "test.purge";

    @Autowired
    ExpiredUploadsPurge purge;

    @Autowired
    ImportUploads uploads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @AfterEach
    void removeTheTestsUploads() {
        jdbc.update("delete from import_upload where account = ?", ACCOUNT);
    }

    @Test
    void theScheduledJobDeletesExpiredUploadsAndKeepsFreshOnes() {
        upload("expiredAAAAAAAAAAAAAAAA", ImportUploads.EXPIRY.plusMinutes(1));
        upload("freshBBBBBBBBBBBBBBBBBBB", ImportUploads.EXPIRY.minusMinutes(1));

        purge.purge();

        assertThat(tokens()).containsExactly("freshBBBBBBBBBBBBBBBBBBB");
    }

    @Test
    void anInstanceLeavesThePurgeToTheOneThatHoldsTheLock() throws Exception {
        upload("expiredCCCCCCCCCCCCCCCCC", ImportUploads.EXPIRY.plusHours(1));
        try (Connection otherInstance = dataSource.getConnection()) {
            lock(otherInstance, "select pg_advisory_lock(?)");
            try {
                assertThat(uploads.purgeExpiredOnce()).isEmpty();
                assertThat(tokens()).containsExactly("expiredCCCCCCCCCCCCCCCCC");
            } finally {
                lock(otherInstance, "select pg_advisory_unlock(?)");
            }
        }
        assertThat(uploads.purgeExpiredOnce()).isPresent();
        assertThat(tokens()).isEmpty();
    }

    @Test
    void concurrentPurgesDeleteEachUploadOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            upload("expiredDDDDDDDDDDDDDDDDD" + i, ImportUploads.EXPIRY.plusMinutes(5 + i));
        }
        int instances = 4;
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<OptionalInt>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                Callable<OptionalInt> run = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return uploads.purgeExpiredOnce();
                };
                runs.add(pool.submit(run));
            }
            int deleted = 0;
            int working = 0;
            for (Future<OptionalInt> run : runs) {
                OptionalInt result = run.get(30, TimeUnit.SECONDS);
                if (result.isPresent() && result.getAsInt() > 0) {
                    working++;
                    deleted += result.getAsInt();
                }
            }
            assertThat(working).as("runs that deleted anything").isEqualTo(1);
            assertThat(deleted).isGreaterThanOrEqualTo(20);
            assertThat(tokens()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private void upload(String token, Duration age) {
        jdbc.update(
                "insert into import_upload (token, account, file_name, sha256, bytes, created_at) values (?, ?, ?, ?, ?, ?)",
                token,
                ACCOUNT,
                "ket-qua.csv",
                "0".repeat(64),
                new byte[] {1},
                Timestamp.from(clock.instant().minus(age)));
    }

    private List<String> tokens() {
        return jdbc.queryForList(
                "select token from import_upload where account = ? order by token", String.class, ACCOUNT);
    }

    private static void lock(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, ImportUploads.PURGE_LOCK);
            statement.execute();
        }
    }
}
