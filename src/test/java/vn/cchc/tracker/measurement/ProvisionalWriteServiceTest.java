package vn.cchc.tracker.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
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
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** The one writer of provisional values (issue 16), and the database behind it; every test rolled back. */
@ApplicationTest
@Transactional
class ProvisionalWriteServiceTest {

    private static final Actor EDITOR = Actor.of(TestAccounts.EDITOR_DAK_NONG, Role.EDITOR, Set.of(DAK_NONG), false);
    private static final Actor OTHER_EDITOR =
            Actor.of(TestAccounts.EDITOR_BINH_DINH, Role.EDITOR, Set.of(BINH_DINH), false);
    private static final Actor ADMIN = Actor.of(TestAccounts.ADMIN, Role.ADMIN, Set.of(), false);

    @Autowired
    ProvisionalWriteService writer;

    @Autowired
    ApprovalService approvals;

    @Autowired
    JdbcTemplate jdbc;

    private static MeasurementChange change(String value, Long version) {
        return new MeasurementChange(DAK_NONG, SIPAS, 2024, value, "Báo cáo 6 tháng 2024", null, version);
    }

    @Test
    void anEditorRecordsAProvisionalValueOfTheirProvinceAtAPeriodAndTheAuditTrailSaysWhichPeriod() {
        ApplyResult result = writer.apply(DAK_NONG, 2024, "H1", List.of(change("84,5", null)), EDITOR, Origin.WEB);

        assertThat(result.created()).isEqualTo(1);
        assertThat(stored("H1")).isEqualByComparingTo("84.5");
        assertThat(count()).as("no yearly result is written").isZero();
        Map<String, Object> audit = jdbc.queryForMap("""
                select actor, action, old_value::text as old_value, new_value::text as new_value, year, origin
                from audit_event where entity_type = 'PROVISIONAL' and province_code = '67' order by id desc limit 1""");
        assertThat(audit.get("actor")).isEqualTo(TestAccounts.EDITOR_DAK_NONG);
        assertThat(audit.get("action")).isEqualTo("CREATE");
        assertThat(audit.get("old_value")).isNull();
        assertThat(audit.get("new_value").toString())
                .contains("\"period\":\"H1\"", "\"value\":\"84.5\"", "Báo cáo 6 tháng 2024");
        assertThat(audit.get("year")).isEqualTo(2024);
    }

    @Test
    void aChangeIsAnUpdateABlankIsADeleteAndAStaleVersionIsAConflict() {
        writer.apply(DAK_NONG, 2024, "Q1", List.of(change("80", null)), EDITOR, Origin.WEB);
        long version = version("Q1");

        assertThatThrownBy(() ->
                        writer.apply(DAK_NONG, 2024, "Q1", List.of(change("81", version + 1)), EDITOR, Origin.WEB))
                .isInstanceOf(MeasurementConflictException.class);
        assertThat(writer.apply(DAK_NONG, 2024, "Q1", List.of(change("81", version)), EDITOR, Origin.WEB)
                        .updated())
                .isEqualTo(1);
        assertThat(stored("Q1")).isEqualByComparingTo("81");
        assertThat(writer.apply(DAK_NONG, 2024, "Q1", List.of(change("", version + 1)), EDITOR, Origin.WEB)
                        .deleted())
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'PROVISIONAL' and province_code = '67' "
                                + "order by id",
                        String.class))
                .containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void aValueOutOfTheIndicatorsRangeIsRefusedAsAYearlyResultIsAndNothingIsWritten() {
        assertThatThrownBy(() -> writer.apply(DAK_NONG, 2024, "H1", List.of(change("101", null)), EDITOR, Origin.WEB))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("rows[0].value", "value.error.percent")));
        assertThatThrownBy(() -> writer.apply(
                        DAK_NONG,
                        2024,
                        "H1",
                        List.of(new MeasurementChange(DAK_NONG, SIPAS, 2024, "84", " ", null, null)),
                        EDITOR,
                        Origin.WEB))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("rows[0].source", "results.error.source.required")));
        assertThat(stored("H1")).isNull();
    }

    @Test
    void anEditorCannotWriteAnotherProvinceAndAViewerNone() {
        assertThatThrownBy(
                        () -> writer.apply(DAK_NONG, 2024, "H1", List.of(change("84", null)), OTHER_EDITOR, Origin.WEB))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> writer.apply(
                        DAK_NONG,
                        2024,
                        "H1",
                        List.of(change("84", null)),
                        Actor.of(TestAccounts.VIEWER, Role.VIEWER, Set.of(), false),
                        Origin.WEB))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored("H1")).isNull();
    }

    @Test
    void theYearsOwnPeriodTakesNoProvisionalValueTheYearlyResultIsTheYearsValue() {
        assertThatThrownBy(() -> writer.apply(DAK_NONG, 2024, "YEAR", List.of(change("84", null)), ADMIN, Origin.WEB))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> writer.apply(
                        DAK_NONG,
                        2019,
                        "H1",
                        List.of(new MeasurementChange(DAK_NONG, SIPAS, 2019, "84", "Báo cáo", null, null)),
                        ADMIN,
                        Origin.WEB))
                .as("a year without reporting periods")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anApprovedYearsProvisionalValuesAreReadOnlyUntilAnAdminReopensIt() {
        writer.apply(DAK_NONG, 2024, "H1", List.of(change("84", null)), EDITOR, Origin.WEB);
        approvals.approve(DAK_NONG, 2024, ADMIN);

        assertThatThrownBy(() ->
                        writer.apply(DAK_NONG, 2024, "H1", List.of(change("85", version("H1"))), ADMIN, Origin.WEB))
                .isInstanceOf(YearApprovedException.class);

        approvals.reopen(DAK_NONG, 2024, "Sửa số liệu 6 tháng", ADMIN);
        writer.apply(DAK_NONG, 2024, "H1", List.of(change("85", version("H1"))), ADMIN, Origin.WEB);
        assertThat(stored("H1")).isEqualByComparingTo("85");
    }

    @Test
    void theDatabaseItselfRefusesAProvisionalValueOfAnApprovedYear() {
        writer.apply(DAK_NONG, 2024, "H1", List.of(change("84", null)), EDITOR, Origin.WEB);
        approvals.approve(DAK_NONG, 2024, ADMIN);

        // the failed statement aborts the test's transaction, so it comes last
        assertThatThrownBy(() -> jdbc.update("update provisional_measurement set value_number = 90"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("approved");
    }

    @Test
    void theDatabaseItselfRefusesAValueOutOfRange() {
        assertThatThrownBy(() -> insert("H1", "101"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("outside the valid range");
    }

    @Test
    void theDatabaseItselfRefusesAProvisionalValueForTheYearsOwnPeriod() {
        assertThatThrownBy(() -> insert("YEAR", "84"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("yearly result");
    }

    private void insert(String period, String value) {
        jdbc.update("""
                insert into provisional_measurement (period_id, province_id, indicator_code, indicator_kind,
                                                     value_number, source, created_by, updated_by)
                select rp.id, p.id, 'SIPAS', 'PERCENT', ?, 'test', 'test', 'test'
                from reporting_period rp, province p
                where rp.year = 2024 and rp.kind = ? and p.code = '67'""", new BigDecimal(value), period);
    }

    private BigDecimal stored(String period) {
        List<BigDecimal> values = jdbc.queryForList("""
                select pm.value_number from provisional_measurement pm
                  join reporting_period rp on rp.id = pm.period_id join province p on p.id = pm.province_id
                where p.code = '67' and rp.year = 2024 and rp.kind = ? and pm.indicator_code = 'SIPAS'""", BigDecimal.class, period);
        return values.isEmpty() ? null : values.get(0);
    }

    private long version(String period) {
        return jdbc.queryForObject("""
                select pm.version from provisional_measurement pm
                  join reporting_period rp on rp.id = pm.period_id join province p on p.id = pm.province_id
                where p.code = '67' and rp.year = 2024 and rp.kind = ? and pm.indicator_code = 'SIPAS'""", Long.class, period);
    }

    private int count() {
        return jdbc.queryForObject("""
                select count(*) from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = 'SIPAS' and m.year = 2024""", Integer.class);
    }
}
