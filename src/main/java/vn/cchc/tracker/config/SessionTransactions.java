package vn.cchc.tracker.config;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session JDBC's transactions. Every write of a session runs in a transaction of its own, as Spring Session
 * does by default; reading a session by its id ({@link #read}) runs without one: it is a single SELECT, which sees one
 * committed state of the session and its attributes on its own, and a transaction around it only costs a COMMIT — a
 * round trip to PostgreSQL on every request of a signed-in user.
 */
final class SessionTransactions implements TransactionOperations, SparseTouchSessionRepository.SessionReads {

    private final TransactionOperations writes;
    /** Set while the next statement is a session's read; taken by that one, so whatever follows is a write again. */
    private final ThreadLocal<Boolean> nextIsRead = new ThreadLocal<>();

    SessionTransactions(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.writes = template;
    }

    @Override
    public <T> T read(Supplier<T> read) {
        nextIsRead.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            nextIsRead.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        if (Boolean.TRUE.equals(nextIsRead.get())) {
            nextIsRead.remove(); // the read itself; deleting the session it found expired is a write
            return TransactionOperations.withoutTransaction().execute(action);
        }
        return writes.execute(action);
    }
}
