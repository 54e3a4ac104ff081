package vn.cchc.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.tracker.support.DataVersion.Versions;
import vn.cchc.tracker.testing.ApplicationTest;

/** The data version says which tables a committed write touched (V74), whoever wrote. */
@ApplicationTest
class DataVersionTest {

    @Autowired
    DataVersion versions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCommitGivesTheTablesItTouchedItsVersionAndLeavesTheOthers() {
        Versions before = versions.currentByTable();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update indicator set name_vi = name_vi where code = 'SIPAS'");
            jdbc.update("update indicator set name_en = name_en where code = 'SIPAS'");
            jdbc.update("update target set sentence = sentence where false");
        });
        Versions after = versions.currentByTable();

        assertThat(after.version()).as("one commit, one step").isEqualTo(before.version() + 1);
        assertThat(after.tables()).containsEntry("indicator", after.version()).containsEntry("target", after.version());
        assertThat(after.touchedSince(before, "indicator")).isTrue();
        assertThat(after.touchedSince(before, "target"))
                .as("a statement that changed no row")
                .isTrue();
        assertThat(after.touchedSince(before, "measurement", "document", "province"))
                .isFalse();
        assertThat(after.tables().get("measurement")).isEqualTo(before.tables().get("measurement"));
    }

    @Test
    void aRolledBackWriteMovesNothing() {
        Versions before = versions.currentByTable();

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.update("update measurement set note = note where false");
            status.setRollbackOnly();
        });

        assertThat(versions.currentByTable()).isEqualTo(before);
    }

    @Test
    void readersThatKeepNothingMatchNoVersion() {
        Versions now = versions.currentByTable();

        assertThat(now.touchedSince(Versions.NONE, "measurement")).isTrue();
        assertThat(Versions.NONE.version()).isNotEqualTo(now.version());
    }
}
