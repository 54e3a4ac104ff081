package vn.cchc.tracker.support;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells whether a failure means "the database cannot be reached", wherever in the cause chain it hides. */
public final class DatabaseFailures {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseFailures() {}

    public static boolean isConnectionFailure(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any cause is an SQL failure, i.e. the database may be involved at all. */
    public static boolean involvesSql(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** A failed rollback hides the original failure as its "application exception". */
    private static Throwable next(Throwable t) {
        if (t instanceof TransactionSystemException tx
                && tx.getApplicationException() != null
                && tx.getApplicationException() != tx.getCause()) {
            return isConnectionFailure(tx.getApplicationException()) ? tx.getApplicationException() : t.getCause();
        }
        return t.getCause();
    }
}
