package vn.cchc.tracker.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;
import static vn.cchc.tracker.testing.ShippedData.PCI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** The one writer of yearly values, on PostgreSQL: scope, approval lock, validation, versions, audit. Rolled back. */
@ApplicationTest
@Transactional
class MeasurementWriteServiceTest {

    private static final Actor EDITOR = Actor.of(TestAccounts.EDITOR_DAK_NONG, Role.EDITOR, Set.of(DAK_NONG), false);
    private static final Actor ADMIN = Actor.of(TestAccounts.ADMIN, Role.ADMIN, Set.of(), false);

    @Autowired
    MeasurementWriteService writer;

    @Autowired
    ApprovalService approvals;

    @Autowired
    JdbcTemplate jdbc;

    private static MeasurementChange change(String indicator, int year, String value, String source, Long version) {
        return new MeasurementChange(DAK_NONG, indicator, year, value, source, null, version);
    }

    @Test
    void anEditorRecordsAValueOfTheirProvinceAndTheAuditTrailSaysWhoAndWhat() {
        ApplyResult result = writer.apply(
                List.of(change(SIPAS, 2024, "84,5", "Báo cáo SIPAS 2024", null)), EDITOR, Origin.WEB, null);

        assertThat(result.created()).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("""
                select m.value_number, m.source, m.created_by from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = 'SIPAS' and m.year = 2024""");
        assertThat((BigDecimal) row.get("value_number")).isEqualByComparingTo("84.5");
        assertThat(row.get("created_by")).isEqualTo(TestAccounts.EDITOR_DAK_NONG);
        Map<String, Object> audit = lastAudit(SIPAS, 2024);
        assertThat(audit.get("actor")).isEqualTo(TestAccounts.EDITOR_DAK_NONG);
        assertThat(audit.get("action")).isEqualTo("CREATE");
        assertThat(audit.get("old_value")).isNull();
        assertThat(audit.get("new_value").toString())
                .contains("\"value\":\"84.5\"", "\"source\":\"Báo cáo SIPAS 2024\"");
        assertThat(audit.get("origin")).isEqualTo("web");
    }

    @Test
    void aChangeIsAuditedOldToNewAndBlankingAValueDeletesIt() {
        long version = version(SIPAS, 2023);
        writer.apply(
                List.of(change(SIPAS, 2023, "81,5", "Báo cáo đã đính chính", version)),
                EDITOR,
                Origin.importOf("kq-2023.xlsx"),
                "đính chính");

        Map<String, Object> update = lastAudit(SIPAS, 2023);
        assertThat(update.get("action")).isEqualTo("UPDATE");
        assertThat(update.get("old_value").toString()).contains("\"value\":\"81.21\"");
        assertThat(update.get("new_value").toString()).contains("\"value\":\"81.5\"");
        assertThat(update.get("reason")).isEqualTo("đính chính");
        assertThat(update.get("origin")).isEqualTo("import: kq-2023.xlsx");

        writer.apply(List.of(change(SIPAS, 2023, "", null, version(SIPAS, 2023))), EDITOR, Origin.WEB, null);

        assertThat(count(SIPAS, 2023)).isZero();
        assertThat(lastAudit(SIPAS, 2023).get("action")).isEqualTo("DELETE");
    }

    @Test
    void anUnchangedValueWritesNothing() {
        long version = version(SIPAS, 2023);
        long auditRows = auditCount();

        ApplyResult result = writer.apply(
                List.of(new MeasurementChange(
                        DAK_NONG, SIPAS, 2023, "81,21", sourceOf(SIPAS, 2023), noteOf(SIPAS, 2023), version)),
                EDITOR,
                Origin.WEB,
                null);

        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(version(SIPAS, 2023)).isEqualTo(version);
        assertThat(auditCount()).isEqualTo(auditRows);
    }

    @Test
    void oneBadRowMeansNothingIsWrittenAndEveryBadFieldIsNamed() {
        List<MeasurementChange> batch = List.of(
                change(SIPAS, 2024, "85", "Báo cáo", null),
                change(PAR_INDEX_RANK, 2024, "64", "Báo cáo", null),
                change("PUBLIC_SERVICE_UNITS", 2024, "12,5", "Báo cáo", null),
                change(PCI_GROUP, 2024, "xuất sắc", "Báo cáo", null),
                change("DOSSIER_ONLINE_RATE", 2024, "55", " ", null));

        assertThatThrownBy(() -> writer.apply(batch, EDITOR, Origin.WEB, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactly(
                                "rows[1].value:value.error.rank",
                                "rows[2].value:value.error.count",
                                "rows[3].value:value.error.level",
                                "rows[4].source:results.error.source.required"));
        assertThat(count(SIPAS, 2024)).isZero();
    }

    @Test
    void anEditorCannotWriteAnotherProvinceAndNothingOfTheBatchIsWritten() {
        List<MeasurementChange> batch = List.of(
                change(SIPAS, 2024, "85", "Báo cáo", null),
                new MeasurementChange(BINH_DINH, SIPAS, 2024, "85", "Báo cáo", null, null));

        assertThatThrownBy(() -> writer.apply(batch, EDITOR, Origin.WEB, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> writer.apply(
                        batch.subList(0, 1), Actor.of("v", Role.VIEWER, Set.of(DAK_NONG), false), Origin.WEB, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count(SIPAS, 2024)).isZero();
    }

    @Test
    void aStaleVersionIsAConflictThatShowsTheCurrentValueAndWritesNothing() {
        long seen = version(SIPAS, 2023);
        writer.apply(List.of(change(SIPAS, 2023, "82", "Báo cáo mới", seen)), ADMIN, Origin.WEB, null);

        assertThatThrownBy(() -> writer.apply(
                        List.of(
                                change(SIPAS, 2024, "85", "Báo cáo", null),
                                change(SIPAS, 2023, "83", "Báo cáo của tôi", seen)),
                        EDITOR,
                        Origin.WEB,
                        null))
                .isInstanceOfSatisfying(MeasurementConflictException.class, e -> {
                    assertThat(e.conflicts()).hasSize(1);
                    MeasurementConflictException.Conflict c = e.conflicts().get(0);
                    assertThat(c.index()).isEqualTo(1);
                    assertThat(c.current().number()).isEqualByComparingTo("82");
                    assertThat(c.current().updatedBy()).isEqualTo(TestAccounts.ADMIN);
                    assertThat(c.currentVersion()).isEqualTo(seen + 1);
                });
        assertThat(count(SIPAS, 2024)).isZero();
        assertThat(valueOf(SIPAS, 2023)).isEqualByComparingTo("82");
    }

    @Test
    void creatingWhatSomeoneElseCreatedMeanwhileIsAConflictToo() {
        writer.apply(List.of(change(SIPAS, 2024, "85", "Báo cáo", null)), ADMIN, Origin.WEB, null);

        assertThatThrownBy(() ->
                        writer.apply(List.of(change(SIPAS, 2024, "86", "Báo cáo", null)), EDITOR, Origin.WEB, null))
                .isInstanceOf(MeasurementConflictException.class);
    }

    @Test
    void anApprovedYearIsReadOnlyForTheServiceAndForTheDatabaseUntilAnAdminReopensItWithAReason() {
        approvals.approve(DAK_NONG, 2023, ADMIN);

        assertThatThrownBy(() -> writer.apply(
                        List.of(change(SIPAS, 2023, "90", "Báo cáo", version(SIPAS, 2023))), ADMIN, Origin.WEB, null))
                .isInstanceOf(YearApprovedException.class);
        assertThatThrownBy(() -> approvals.reopen(DAK_NONG, 2023, "  ", ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("reason", "results.error.reason.required")));
        assertThatThrownBy(() -> approvals.reopen(DAK_NONG, 2023, "sửa số liệu", EDITOR))
                .isInstanceOf(AccessDeniedException.class);

        approvals.reopen(DAK_NONG, 2023, "Bộ Nội vụ đính chính số liệu", ADMIN);
        writer.apply(List.of(change(SIPAS, 2023, "90", "Báo cáo", version(SIPAS, 2023))), ADMIN, Origin.WEB, null);

        assertThat(valueOf(SIPAS, 2023)).isEqualByComparingTo("90");
        assertThat(jdbc.queryForList(
                        "select action || ':' || coalesce(reason, '') from audit_event where entity_type = 'APPROVAL' "
                                + "and province_code = '67' and year = 2023 order by id",
                        String.class))
                .containsExactly("APPROVE:", "REOPEN:Bộ Nội vụ đính chính số liệu");
    }

    @Test
    void theDatabaseItselfRefusesToChangeAnApprovedYear() {
        approvals.approve(DAK_NONG, 2023, ADMIN);

        // the failed statement aborts the test's transaction, so it comes last
        assertThatThrownBy(() -> jdbc.update("""
                update measurement set value_number = 90 where indicator_code = 'SIPAS' and year = 2023
                  and province_id = (select id from province where code = '67')"""))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("approved");
    }

    @Test
    void onlyAdminsAndDesignatedApproversApprove() {
        assertThatThrownBy(() -> approvals.approve(DAK_NONG, 2024, EDITOR)).isInstanceOf(AccessDeniedException.class);

        approvals.approve(DAK_NONG, 2024, Actor.of("approver", Role.EDITOR, Set.of(DAK_NONG), true));

        assertThat(approvals.approval(DAK_NONG, 2024))
                .hasValueSatisfying(a -> assertThat(a.approvedBy()).isEqualTo("approver"));
    }

    @Test
    void theAuditTrailRefusesChanges() {
        writer.apply(List.of(change(SIPAS, 2024, "85", "Báo cáo", null)), EDITOR, Origin.WEB, null);

        // one refused statement per test: it aborts the transaction
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else'"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
    }

    @Test
    void theAuditTrailRefusesDeletes() {
        writer.apply(List.of(change(SIPAS, 2024, "85", "Báo cáo", null)), EDITOR, Origin.WEB, null);

        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
    }

    @Test
    void valuesGoToTheUnitThatCarriedTheCodeThatYear() {
        writer.apply(
                List.of(
                        new MeasurementChange(HUE, SIPAS, 2024, "80", "Báo cáo", null, null),
                        new MeasurementChange(HUE, SIPAS, 2025, "82", "Báo cáo", null, null)),
                ADMIN,
                Origin.WEB,
                null);

        assertThat(jdbc.queryForList("""
                select p.name_vi from measurement m join province p on p.id = m.province_id
                where p.code = '46' and m.indicator_code = 'SIPAS' order by m.year""", String.class)).containsExactly("Thừa Thiên Huế", "Huế");
        assertThatThrownBy(() -> writer.apply(
                        List.of(new MeasurementChange(DAK_NONG, SIPAS, 2026, "80", "Báo cáo", null, null)),
                        ADMIN,
                        Origin.WEB,
                        null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                                e.violations().get(0).messageKey())
                        .isEqualTo("results.error.province.notInYear"));
    }

    private Map<String, Object> lastAudit(String indicator, int year) {
        return jdbc.queryForMap("""
                select actor, action, old_value::text as old_value, new_value::text as new_value, reason, origin
                from audit_event where entity_type = 'MEASUREMENT' and province_code = '67' and indicator_code = ? and year = ?
                order by id desc limit 1""", indicator, year);
    }

    private long auditCount() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    @Test
    void aChangeThatGivesItsAddressKeepsItWithANewSourceAndOneThatGivesNoneLosesItWithANewSource() {
        String url = "https://moha.gov.vn/par-2010";
        writer.apply(List.of(published("40", "Báo cáo PAR Index 2010", null, url)), ADMIN, Origin.WEB, null);
        assertThat(addressOf(PAR_INDEX_RANK, 2010)).isEqualTo(url + " | Bộ Nội vụ");

        // the same page, a corrected publication: the writer states the address, so it stays
        ApplyResult corrected = writer.apply(
                List.of(published("41", "Báo cáo PAR Index 2010 (đính chính)", version(PAR_INDEX_RANK, 2010), url)),
                ADMIN,
                Origin.WEB,
                null);
        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(addressOf(PAR_INDEX_RANK, 2010)).isEqualTo(url + " | Bộ Nội vụ");

        // the same value and source with another address is a change, not "unchanged"
        ApplyResult moved = writer.apply(
                List.of(published(
                        "41", "Báo cáo PAR Index 2010 (đính chính)", version(PAR_INDEX_RANK, 2010), url + "?v=2")),
                ADMIN,
                Origin.WEB,
                null);
        assertThat(moved.updated()).isEqualTo(1);

        // a grid edit with a source of its own says nothing about an address: the old one no longer describes it
        writer.apply(
                List.of(change(PAR_INDEX_RANK, 2010, "41", "Báo cáo của tỉnh", version(PAR_INDEX_RANK, 2010))),
                EDITOR,
                Origin.WEB,
                null);
        assertThat(addressOf(PAR_INDEX_RANK, 2010)).isEqualTo("- | -");
    }

    private static MeasurementChange published(String value, String source, Long version, String url) {
        return new MeasurementChange(
                DAK_NONG, PAR_INDEX_RANK, 2010, value, source, null, version, new Provenance(url, "Bộ Nội vụ", null));
    }

    private String addressOf(String indicator, int year) {
        return jdbc.queryForObject("""
                select coalesce(m.source_url, '-') || ' | ' || coalesce(m.source_publisher, '-')
                from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", String.class, indicator, year);
    }

    private int count(String indicator, int year) {
        return jdbc.queryForObject("""
                select count(*) from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", Integer.class, indicator, year);
    }

    private long version(String indicator, int year) {
        return jdbc.queryForObject("""
                select m.version from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", Long.class, indicator, year);
    }

    private String sourceOf(String indicator, int year) {
        return jdbc.queryForObject("""
                select m.source from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", String.class, indicator, year);
    }

    private String noteOf(String indicator, int year) {
        return jdbc.queryForObject("""
                select m.note from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", String.class, indicator, year);
    }

    private BigDecimal valueOf(String indicator, int year) {
        return jdbc.queryForObject("""
                select m.value_number from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", BigDecimal.class, indicator, year);
    }
}
