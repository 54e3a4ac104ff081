package vn.cchc.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.tracker.support.DataVersion.Versions;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * The data version says which tables a committed write touched (V74), and which units' values (V75), whoever wrote.
 */
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
    void aCommitNamesTheUnitsWhoseValuesItWroteMovedOrDeletedAndNoOther() {
        long valued = jdbc.queryForObject("select min(province_id) from measurement", Long.class);
        long[] units =
                jdbc
                        .queryForList("select id from province where id <> ? order by id limit 2", Long.class, valued)
                        .stream()
                        .mapToLong(Long::longValue)
                        .toArray();
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                values (?, 'SIPAS', 'PERCENT', 2031, 70, 'test', 'test', 'test')""", units[0]);
        try {
            long before = versions.current();
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                // a value moved from one unit to another, and a value of a third unit written by a later statement
                jdbc.update(
                        "update measurement set province_id = ? where province_id = ? and year = 2031",
                        units[1],
                        units[0]);
                jdbc.update("update measurement set note = note where province_id = ?", valued);
                jdbc.update("update indicator set name_vi = name_vi where code = 'SIPAS'");
            });

            assertThat(versions.current()).isEqualTo(before + 1);
            assertThat(versions.unitsWithValuesWrittenSince(before)).contains(Set.of(units[0], units[1], valued));
            assertThat(versions.unitsWithValuesWrittenSince(before + 1)).contains(Set.of());

            jdbc.update("delete from measurement where year = 2031");
            assertThat(versions.unitsWithValuesWrittenSince(before + 1)).contains(Set.of(units[1]));
        } finally {
            jdbc.update("delete from measurement where year = 2031");
        }
    }

    @Test
    void aStatementThatWroteNoValueNamesNoUnit() {
        long before = versions.current();

        jdbc.update("update measurement set note = note where false");
        jdbc.update("delete from provisional_measurement where false");

        assertThat(versions.current())
                .as("still a commit that touched the table")
                .isEqualTo(before + 2);
        assertThat(versions.unitsWithValuesWrittenSince(before)).contains(Set.of());
    }

    @Test
    void aRolledBackTruncateNamesNoUnitAndACommittedOneEveryUnit() {
        long before = versions.current();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.execute("truncate provisional_measurement");
            status.setRollbackOnly();
        });
        assertThat(versions.unitsWithValuesWrittenSince(before)).contains(Set.of());

        // emptied and filled again in one commit: nothing lost, and no unit can say what the table held
        transaction.executeWithoutResult(status -> {
            jdbc.execute("create temporary table kept on commit drop as select * from provisional_measurement");
            jdbc.execute("truncate provisional_measurement");
            jdbc.execute("insert into provisional_measurement overriding system value select * from kept");
        });
        assertThat(versions.unitsWithValuesWrittenSince(before)).isEmpty();
    }

    @Test
    void readersThatKeepNothingMatchNoVersion() {
        Versions now = versions.currentByTable();

        assertThat(now.touchedSince(Versions.NONE, "measurement")).isTrue();
        assertThat(Versions.NONE.version()).isNotEqualTo(now.version());
    }
}
