package vn.cchc.tracker.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The audit rows of new values are built by PostgreSQL in the statement that inserts them (an import of 140,000
 * values sends no JSON): each must be, column for column and character for character, the row {@link AuditLog#record}
 * writes for the same stored value — numbers in plain digits, levels, texts with quotes, backslashes, line breaks
 * and Vietnamese, the source's address, publisher and computed mark. Rolled back.
 */
@ApplicationTest
@Transactional
class MeasurementAuditRowsTest {

    private static final Actor EDITOR = Actor.of(TestAccounts.EDITOR_DAK_NONG, Role.EDITOR, Set.of(DAK_NONG), false);
    private static final String COLUMNS = """
            select actor || '|' || entity_type || '|' || entity_id || '|' || province_code || '|' || indicator_code
                   || '|' || year || '|' || action || '|' || coalesce(old_value::text, '-') || '|' || new_value::text
                   || '|' || coalesce(reason, '-') || '|' || origin
            from audit_event""";

    @Autowired
    MeasurementWriteService writer;

    @Autowired
    StoredMeasurements stored;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditRowOfEveryNewValueIsTheOneTheSingleRowWriterRecordsForIt() {
        String level = jdbc.queryForObject(
                "select name_vi from indicator_level where indicator_code = 'PCI_GROUP' order by position limit 1",
                String.class);
        List<MeasurementChange> changes = List.of(
                new MeasurementChange(DAK_NONG, "DOSSIER_ON_TIME_RATE", 2010, "90", "Báo cáo \"năm\" 2010", null, null),
                new MeasurementChange(
                        DAK_NONG,
                        "DOSSIER_ONLINE_RATE",
                        2011,
                        "81,2100",
                        "C:\\bao-cao\\2011",
                        "dòng một\ndòng hai\tcột",
                        null,
                        new Provenance("https://example.org/bao-cao?nam=2011&a=\"b\"", "UBND tỉnh Đắk Nông", true)),
                new MeasurementChange(
                        DAK_NONG,
                        "TTHC_ONLINE_L4_RATE",
                        2012,
                        "0,5",
                        "Sở Nội vụ",
                        "ghi chú",
                        null,
                        new Provenance(null, "Bộ Nội vụ", false)),
                new MeasurementChange(DAK_NONG, "TTHC_ISO_RATE", 2013, "100", "Nguồn", null, null),
                new MeasurementChange(DAK_NONG, "PCI_GROUP", 2014, level, "VCCI", "nhóm", null));

        ApplyResult result = writer.apply(changes, EDITOR, Origin.importOf("tệp \"a\".csv"), "nhập lại");

        assertThat(result.created()).isEqualTo(changes.size());
        Map<MeasurementKey, MeasurementSnapshot> written =
                stored.stored(changes.stream().map(MeasurementChange::key).toList());
        assertThat(written).hasSize(changes.size());
        for (MeasurementSnapshot m : written.values()) {
            String batchRow = jdbc.queryForObject(
                    COLUMNS + " where entity_type = 'MEASUREMENT' and entity_id = ? and action = 'CREATE'",
                    String.class,
                    m.id());
            // what the writer of single rows records for the same stored value, in its own row
            audit.record(new AuditEntry(
                    TestAccounts.EDITOR_DAK_NONG,
                    AuditEntityType.MEASUREMENT,
                    m.id(),
                    m.provinceCode(),
                    m.indicatorCode(),
                    m.year(),
                    AuditAction.CREATE,
                    null,
                    m.auditValues(),
                    "nhập lại",
                    Origin.importOf("tệp \"a\".csv")));
            String singleRow = jdbc.queryForObject(
                    COLUMNS + " where entity_type = 'MEASUREMENT' and entity_id = ? order by id desc limit 1",
                    String.class,
                    m.id());
            assertThat(batchRow).isEqualTo(singleRow);
        }
    }
}
