package vn.cchc.tracker.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an account's sessions, which Spring Session keeps in PostgreSQL (migration V40, indexed by the principal's
 * name = the username), in the transaction of the change that calls for it: a new password or a disabled account
 * leaves no session of the old state behind on any instance.
 */
@Component
class AccountSessions {

    private final JdbcTemplate jdbc;

    AccountSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int endAll(String username) {
        return jdbc.update("delete from spring_session where principal_name = ?", username);
    }

    /** Every session of the account but the one making the change (null: all of them). */
    @Transactional
    public int endOthers(String username, String keepSessionId) {
        if (keepSessionId == null) {
            return endAll(username);
        }
        return jdbc.update(
                "delete from spring_session where principal_name = ? and session_id <> ?", username, keepSessionId);
    }
}
