package vn.cchc.tracker.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.UpgradeSchema;

/**
 * The unit list (V44–V45) as an installation gets it: a database at V43 with the shipped data and what people
 * recorded under the old facts — the new Gia Lai under 64, Quảng Trị 45 without an end — is upgraded; every
 * document, target and result stays with the unit it meant, and what names units by code follows. Runs in a schema of
 * its own on the run's database.
 */
class AdministrativeUnitsUpgradeTest {

    private static final String SCHEMA = "cchc_upgrade_v45";

    private static JdbcTemplate jdbc;
    /** At V43: unit row id by "code name", and every document's, target's and result's unit row id. */
    private static Map<String, Long> unitIdsBefore;

    private static Map<Long, Long> documentUnitsBefore;
    private static Map<Long, Long> measurementUnitsBefore;
    private static Map<String, Long> rowsBefore;

    @BeforeAll
    static void upgradeAnInstallationFromV43() {
        UpgradeSchema installation = UpgradeSchema.fresh(SCHEMA);
        jdbc = installation.jdbc();
        installation.migrateTo("43");

        recordedUnderTheOldFacts();
        unitIdsBefore =
                longs("select code || ' ' || name_vi || ' ' || coalesce(valid_to::text, '-'), id from province");
        documentUnitsBefore = ids("select id, province_id from document");
        measurementUnitsBefore = ids("select id, province_id from measurement");
        rowsBefore = rowCounts();

        installation.upgrade();
    }

    /** Results, documents, approvals, an editor and audit events of the new Gia Lai (64) and of Quảng Trị (45). */
    private static void recordedUnderTheOldFacts() {
        document("64", "01/NQ-GL", "2025-08-01");
        document("45", "05/KH-QT", "2025-09-01");
        measurement("64", 2025, "SIPAS");
        measurement("64", 2026, "SIPAS");
        measurement("45", 2024, "DOSSIER_ON_TIME_RATE");
        measurement("45", 2025, "DOSSIER_ON_TIME_RATE");
        measurement("45", 2026, "DOSSIER_ON_TIME_RATE");
        jdbc.update("""
                insert into result_approval (province_code, year, approved_by)
                values ('64', 2026, 'admin'), ('45', 2024, 'admin'), ('45', 2026, 'admin')""");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role)
                values ('editor.qt', repeat('x', 60), 'Biên tập Quảng Trị và Gia Lai', 'EDITOR')""");
        jdbc.update("""
                insert into account_province (account_id, province_code)
                select id, c from account, unnest(array['64', '45']) c where username = 'editor.qt'""");
        jdbc.update("""
                insert into audit_event (actor, entity_type, entity_id, province_code, indicator_code, year, action,
                                         new_value)
                values ('editor.qt', 'MEASUREMENT', 1, '64', 'SIPAS', 2026, 'CREATE', '{"value":"80"}'),
                       ('editor.qt', 'MEASUREMENT', 1, '45', 'DOSSIER_ON_TIME_RATE', 2026, 'CREATE', '{"value":"80"}'),
                       ('editor.qt', 'MEASUREMENT', 1, '45', 'DOSSIER_ON_TIME_RATE', 2024, 'CREATE', '{"value":"80"}')""");
    }

    @Test
    void theListHasAllUnitsAndTheShippedOnesKeepTheirIds() {
        Map<String, Long> after =
                longs("select code || ' ' || name_vi || ' ' || coalesce(valid_to::text, '-'), id from province");

        assertThat(after).hasSize(87);
        assertThat(after)
                .containsEntry("67 Đắk Nông 2025-06-30", unitIdsBefore.get("67 Đắk Nông 2025-06-30"))
                .containsEntry("52 Bình Định 2025-06-30", unitIdsBefore.get("52 Bình Định 2025-06-30"))
                .containsEntry("46 Thừa Thiên Huế 2024-12-31", unitIdsBefore.get("46 Thừa Thiên Huế 2024-12-31"))
                .containsEntry("44 Quảng Bình 2025-06-30", unitIdsBefore.get("44 Quảng Bình 2025-06-30"))
                .containsEntry("46 Huế -", unitIdsBefore.get("46 Huế -"))
                .containsEntry("68 Lâm Đồng -", unitIdsBefore.get("68 Lâm Đồng -"))
                // the new Gia Lai carries Bình Định's code; Quảng Trị 45 ends
                .containsEntry("52 Gia Lai -", unitIdsBefore.get("64 Gia Lai -"))
                .containsEntry("45 Quảng Trị 2025-06-30", unitIdsBefore.get("45 Quảng Trị -"));
        assertThat(jdbc.queryForList("select name_vi from province where valid_from = date '1989-07-01'"
                        + " or valid_from = date '2004-01-01'"))
                .as("no founding date without a source")
                .isEmpty();
    }

    @Test
    void everyDocumentTargetAndResultStaysWithTheUnitItMeant() {
        long newQuangTri = jdbc.queryForObject(
                "select id from province where code = '44' and valid_from = date '2025-07-01'", Long.class);
        long oldQuangTri = unitIdsBefore.get("45 Quảng Trị -");
        Map<Long, Long> documents = ids("select id, province_id from document");
        Map<Long, Long> measurements = ids("select id, province_id from measurement");

        assertThat(rowCounts()).isEqualTo(rowsBefore);
        documentUnitsBefore.forEach((document, unit) -> assertThat(documents.get(document))
                .as("document %s", document)
                .isEqualTo(unit == oldQuangTri && document.equals(documentId("05/KH-QT")) ? newQuangTri : unit));
        assertThat(jdbc
                        .queryForList(
                                "select p.code, p.name_vi, m.year from measurement m join province p on p.id = m.province_id"
                                        + " where m.indicator_code in ('SIPAS', 'DOSSIER_ON_TIME_RATE') and m.year >= 2024"
                                        + " and p.code in ('44', '45', '52', '64') order by m.year, p.code")
                        .stream()
                        .map(r -> tuple(r.get("code"), r.get("name_vi"), r.get("year")))
                        .toList())
                .containsExactly(
                        tuple("45", "Quảng Trị", 2024),
                        tuple("45", "Quảng Trị", 2025),
                        tuple("52", "Gia Lai", 2025),
                        tuple("44", "Quảng Trị", 2026),
                        tuple("52", "Gia Lai", 2026));
        measurementUnitsBefore.forEach((measurement, unit) -> {
            if (unit != oldQuangTri) {
                assertThat(measurements.get(measurement))
                        .as("result %s", measurement)
                        .isEqualTo(unit);
            }
        });
        assertThat(jdbc.queryForObject(
                        "select p.code || ' ' || p.name_vi from document d join province p on p.id = d.province_id"
                                + " where d.number = '01/NQ-GL'",
                        String.class))
                .isEqualTo("52 Gia Lai");
        assertThat(jdbc.queryForObject(
                        "select count(*) from target t join document d on d.id = t.document_id"
                                + " where d.number = '05/KH-QT' and d.province_id = ?",
                        Integer.class,
                        newQuangTri))
                .isEqualTo(1);
    }

    @Test
    void approvalsEditorsAndTheAuditTrailFollowTheCodes() {
        assertThat(jdbc.queryForList(
                        "select province_code || ' ' || year from result_approval order by 1", String.class))
                .containsExactly("44 2026", "45 2024", "52 2026");
        assertThat(jdbc.queryForList(
                        "select province_code from account_province b join account a on a.id = b.account_id"
                                + " where a.username = 'editor.qt' order by 1",
                        String.class))
                .containsExactly("44", "45", "52");
        assertThat(jdbc.queryForList(
                        "select province_code || ' ' || year from audit_event where actor = 'editor.qt' order by 1",
                        String.class))
                .containsExactly("44 2026", "45 2024", "52 2026");
    }

    @Test
    void theGuardsSetAsideHoldAgain() {
        assertThatThrownBy(() -> jdbc.update("update audit_event set reason = 'x'"))
                .rootCause()
                .hasMessageContaining("the audit trail is append-only");
        assertThatThrownBy(() -> jdbc.update("update measurement set note = 'sửa' where year = 2026"))
                .rootCause()
                .hasMessageContaining("are approved and read-only");
    }

    /** The application's migrations with the shipped data, as application.yml and ShippedDataConfiguration set them. */

    /** A document of the only unit under the code at V43, with one target. */
    private static void document(String code, String number, String issued) {
        jdbc.update("""
                insert into document (province_id, number, kind, issuing_body, issue_date, title, source)
                select id, ?, 'PLAN', 'UBND tỉnh', cast(? as date), 'Kế hoạch CCHC', 'Cổng thông tin tỉnh'
                from province where code = ?""", number, issued, code);
        jdbc.update("""
                insert into target (document_id, indicator_code, indicator_kind, comparison, threshold_value,
                                    deadline_year, sentence)
                values (?, 'SIPAS', 'PERCENT', 'AT_LEAST', 90, 2030, 'SIPAS đạt trên 90%')""", documentId(number));
    }

    private static void measurement(String code, int year, String indicator) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select id, ?, 'PERCENT', ?, 80, 'Báo cáo CCHC', 'admin', 'admin' from province where code = ?""", indicator, year, code);
    }

    private static long documentId(String number) {
        return jdbc.queryForObject("select id from document where number = ?", Long.class, number);
    }

    private static Map<String, Long> longs(String sql) {
        Map<String, Long> map = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            map.put(rs.getString(1), rs.getLong(2));
        });
        return map;
    }

    private static Map<Long, Long> ids(String sql) {
        Map<Long, Long> map = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            map.put(rs.getLong(1), rs.getLong(2));
        });
        return map;
    }

    /** Rows of the installation: the published index results that a later shipped migration adds are not its own. */
    private static Map<String, Long> rowCounts() {
        Map<String, Object> counts = jdbc.queryForMap("""
                select (select count(*) from document where number <> 'Báo cáo CCHC năm 2024 (không số)') as documents,
                       (select count(*) from target) as targets,
                       (select count(*) from measurement m where not exists (
                            select 1 from audit_event e where e.entity_type = 'MEASUREMENT' and e.entity_id = m.id
                              and e.origin = 'shipped data: published indices')) as measurements,
                       (select count(*) from audit_event
                        where origin is distinct from 'shipped data: published indices'
                          and origin is distinct from 'shipped data: Đắk Nông 2024 report') as events""");
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((k, v) -> result.put(k, ((Number) v).longValue()));
        return result;
    }
}
