package vn.cchc.tracker.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The writer at the size of an import, on PostgreSQL: a constant number of statements whatever the batch's size,
 * and the same rules (approval lock, versions, all or nothing) deep inside a large batch. Rolled back.
 */
@ApplicationTest
@Transactional
class MeasurementBatchWriteTest {

    private static final Actor EDITOR = Actor.of(TestAccounts.EDITOR_DAK_NONG, Role.EDITOR, Set.of(DAK_NONG), false);
    private static final List<String> PERCENT_INDICATORS = List.of(
            "DOSSIER_ON_TIME_RATE",
            "DOSSIER_ONLINE_RATE",
            "TTHC_ONLINE_L34_RATE",
            "TTHC_ONLINE_L4_RATE",
            "DIGITIZED_RESULTS_RATE",
            "ISO_AGENCIES_RATE",
            "E_DOCUMENT_AGENCIES_RATE",
            "TTHC_ONE_STOP_RATE",
            "TTHC_ISO_RATE",
            "DOSSIER_ONLINE_L4_RATE");

    @Autowired
    MeasurementWriteService writer;

    @Autowired
    JdbcTemplate jdbc;

    /** Đắk Nông (2004–2025): every listed indicator for the first {@code years} years, values 40, 41 … */
    private static List<MeasurementChange> batch(int years, String source) {
        List<MeasurementChange> changes = new ArrayList<>();
        for (String indicator : PERCENT_INDICATORS) {
            for (int year = 2004; year < 2004 + years; year++) {
                changes.add(new MeasurementChange(
                        DAK_NONG, indicator, year, String.valueOf(40 + year - 2004), source, null, null));
            }
        }
        return changes;
    }

    @Test
    void theSourcesAddressAndComputedMarkAreWrittenAndAnUpdateThatSaysNothingKeepsTheAddress() {
        String indicator = PERCENT_INDICATORS.get(0);
        Provenance published = new Provenance("https://example.org/bao-cao", "UBND tỉnh", true);
        writer.apply(
                List.of(new MeasurementChange(DAK_NONG, indicator, 2010, "50", "Báo cáo", null, null, published)),
                EDITOR,
                Origin.importOf("a.csv"),
                null);
        String read = """
                select m.source_url || '|' || m.source_publisher || '|' || m.computed from measurement m
                join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = 2010""";
        assertThat(jdbc.queryForObject(read, String.class, indicator))
                .isEqualTo("https://example.org/bao-cao|UBND tỉnh|true");

        // a note only: the address and the computed mark stay
        writer.apply(
                List.of(new MeasurementChange(
                        DAK_NONG, indicator, 2010, "50", "Báo cáo", "ghi chú", MeasurementChange.ANY_VERSION)),
                EDITOR,
                Origin.WEB,
                null);
        assertThat(jdbc.queryForObject(read, String.class, indicator))
                .isEqualTo("https://example.org/bao-cao|UBND tỉnh|true");

        // a new value with a new address given: both written, the computed mark as said
        writer.apply(
                List.of(new MeasurementChange(
                        DAK_NONG,
                        indicator,
                        2010,
                        "51",
                        "Báo cáo",
                        null,
                        MeasurementChange.ANY_VERSION,
                        new Provenance("https://example.org/dinh-chinh", null, false))),
                EDITOR,
                Origin.importOf("b.csv"),
                null);
        assertThat(jdbc.queryForObject(read, String.class, indicator))
                .isEqualTo("https://example.org/dinh-chinh|UBND tỉnh|false");
    }

    @Test
    void aComputedMarkOrAddressStatedDifferentlyFromTheStoredOneIsAnUpdateAndTheAuditNamesWhatIsStored() {
        String indicator = PERCENT_INDICATORS.get(1);
        Provenance printed = new Provenance("https://example.org/bao-cao", "UBND tỉnh", false);
        writer.apply(
                List.of(new MeasurementChange(DAK_NONG, indicator, 2010, "50", "Báo cáo", null, null, printed)),
                EDITOR,
                Origin.importOf("a.csv"),
                null);

        // the same value, source and address, now said to be computed: not "unchanged"
        ApplyResult computed = writer.apply(
                List.of(new MeasurementChange(
                        DAK_NONG,
                        indicator,
                        2010,
                        "50",
                        "Báo cáo",
                        null,
                        MeasurementChange.ANY_VERSION,
                        new Provenance(null, null, true))),
                EDITOR,
                Origin.importOf("b.csv"),
                null);
        assertThat(computed.updated()).isEqualTo(1);
        // the audit's new state is the stored one: the address the change did not give was kept
        assertThat(jdbc.queryForObject("""
                        select new_value ->> 'source_url' || '|' || (new_value ->> 'computed') from audit_event
                        where entity_type = 'MEASUREMENT' and indicator_code = ? and year = 2010
                        order by id desc limit 1""", String.class, indicator)).isEqualTo("https://example.org/bao-cao|true");

        // said again as it is stored: unchanged
        ApplyResult again = writer.apply(
                List.of(new MeasurementChange(
                        DAK_NONG,
                        indicator,
                        2010,
                        "50",
                        "Báo cáo",
                        null,
                        MeasurementChange.ANY_VERSION,
                        new Provenance("https://example.org/bao-cao", null, true))),
                EDITOR,
                Origin.importOf("c.csv"),
                null);
        assertThat(again.unchanged()).isEqualTo(1);
    }

    @Test
    void writingTwoHundredValuesTakesAsManyStatementsAsWritingTen() {
        long ten = SqlStatementCounter.count(
                () -> writer.apply(batch(1, "Báo cáo"), EDITOR, Origin.importOf("a.csv"), null));
        jdbc.update("delete from measurement where created_by = 'editor.daknong' and source = 'Báo cáo'");
        long twoHundred = SqlStatementCounter.count(
                () -> writer.apply(batch(20, "Báo cáo"), EDITOR, Origin.importOf("b.csv"), null));

        assertThat(twoHundred).isEqualTo(ten).isLessThan(20);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where origin = 'import: b.csv'", Integer.class))
                .isEqualTo(200);
    }

    @Test
    void updatingTwoHundredValuesChecksEachVersionInOneStatementAndAuditsOldToNew() {
        writer.apply(batch(20, "Báo cáo"), EDITOR, Origin.WEB, null);
        List<MeasurementChange> corrections = new ArrayList<>();
        for (MeasurementChange c : batch(20, "Báo cáo đính chính")) {
            corrections.add(new MeasurementChange(
                    c.provinceCode(),
                    c.indicatorCode(),
                    c.year(),
                    c.value(),
                    c.source(),
                    null,
                    version(c.indicatorCode(), c.year())));
        }

        ApplyResult result = writer.apply(corrections, EDITOR, Origin.importOf("c.csv"), null);

        assertThat(result).isEqualTo(new ApplyResult(0, 200, 0, 0));
        assertThat(version("DOSSIER_ON_TIME_RATE", 2010)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select old_value::text || ' → ' || new_value::text from audit_event
                where origin = 'import: c.csv' and indicator_code = 'DOSSIER_ON_TIME_RATE' and year = 2010""", String.class))
                .contains("\"source\":\"Báo cáo\"", "\"source\":\"Báo cáo đính chính\"");
    }

    @Test
    void anApprovedYearDeepInsideALargeBatchRefusesAllOfIt() {
        jdbc.update("insert into result_approval (province_code, year, approved_by) values ('67', 2019, 'admin')");

        assertThatThrownBy(() -> writer.apply(batch(20, "Báo cáo"), EDITOR, Origin.WEB, null))
                .isInstanceOfSatisfying(
                        YearApprovedException.class, e -> assertThat(e.year()).isEqualTo(2019));
        assertThat(jdbc.queryForObject("select count(*) from measurement where source = 'Báo cáo'", Integer.class))
                .isZero();
    }

    @Test
    void aVersionThatChangedBetweenTheChecksAndTheWriteRefusesTheWholeBatch() {
        writer.apply(batch(20, "Báo cáo"), EDITOR, Origin.WEB, null);
        List<MeasurementChange> anyVersion = new ArrayList<>();
        for (MeasurementChange c : batch(20, "Báo cáo mới")) {
            anyVersion.add(new MeasurementChange(
                    c.provinceCode(),
                    c.indicatorCode(),
                    c.year(),
                    c.value(),
                    c.source(),
                    null,
                    MeasurementChange.ANY_VERSION));
        }
        // a trigger stands in for another writer that commits between the read and the write of one row
        jdbc.execute("""
                create function test_bump() returns trigger language plpgsql as $$
                begin
                  if new.indicator_code = 'ISO_AGENCIES_RATE' and new.year = 2015 and new.source = 'Báo cáo mới' then
                    return null;
                  end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger test_bump before update on measurement for each row execute function test_bump()");

        assertThatThrownBy(() -> writer.apply(anyVersion, EDITOR, Origin.WEB, null))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    private long version(String indicator, int year) {
        return jdbc.queryForObject("""
                select m.version from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", Long.class, indicator, year);
    }
}
