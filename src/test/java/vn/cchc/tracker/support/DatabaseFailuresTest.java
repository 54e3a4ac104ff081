package vn.cchc.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class DatabaseFailuresTest {

    @Test
    void poolTimeoutIsAConnectionFailure() {
        assertThat(DatabaseFailures.isConnectionFailure(new CannotGetJdbcConnectionException(
                        "no connection", new SQLTransientConnectionException("request timed out"))))
                .isTrue();
    }

    @Test
    void sqlStateClass08DeepInTheChainIsAConnectionFailure() {
        RuntimeException wrapped =
                new RuntimeException("query failed", new IllegalStateException(new SQLException("I/O error", "08006")));

        assertThat(DatabaseFailures.isConnectionFailure(wrapped)).isTrue();
    }

    @Test
    void aConnectionFailureHiddenBehindAFailedRollbackIsFound() {
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("could not roll back", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new SQLException("I/O error", "08006"));

        assertThat(DatabaseFailures.isConnectionFailure(rollbackFailed)).isTrue();
    }

    @Test
    void constraintViolationsAreNotConnectionFailuresButDoInvolveSql() {
        DataIntegrityViolationException duplicate =
                new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"));

        assertThat(DatabaseFailures.isConnectionFailure(duplicate)).isFalse();
        assertThat(DatabaseFailures.involvesSql(duplicate)).isTrue();
        assertThat(DatabaseFailures.involvesSql(new IllegalArgumentException("no sql here")))
                .isFalse();
    }

    @Test
    void aCauseCycleDoesNotLoopForever() {
        SQLException first = new SQLException("a", "42000");
        SQLException second = new SQLException("b", "42000");
        first.initCause(second);
        second.initCause(first);

        assertThat(DatabaseFailures.isConnectionFailure(first)).isFalse();
    }
}
