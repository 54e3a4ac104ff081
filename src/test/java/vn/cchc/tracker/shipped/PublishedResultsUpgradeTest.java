package vn.cchc.tracker.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.UpgradeSchema;

/**
 * V61 as an existing installation with shipped data gets it: at V60 an editor has entered Đắk Nông's PAPI 2023 total
 * and approved Đắk Nông's 2023. The upgrade adds the published results without touching the editor's value, adds the
 * year's other published values despite the approval, and leaves the approval lock on. Runs in a schema of its own.
 */
class PublishedResultsUpgradeTest {

    private static final String SCHEMA = "cchc_upgrade_v61";

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void upgradeAnInstallationFromV60() {
        UpgradeSchema installation = UpgradeSchema.fresh(SCHEMA);
        jdbc = installation.jdbc();
        installation.migrateTo("60");
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select id, 'PAPI_SCORE', 'SCORE', 2023, 39, 'Báo cáo của tỉnh', 'editor.daknong', 'editor.daknong'
                from province where code = '67' and valid_to is not null""");
        jdbc.update("insert into result_approval (province_code, year, approved_by) values ('67', 2023, 'admin')");

        installation.upgrade();
    }

    @Test
    void aValueAlreadyStoredIsKept() {
        assertThat(jdbc.queryForMap("""
                        select m.value_number, m.source, m.source_url, m.created_by from measurement m
                        join province p on p.id = m.province_id
                        where p.code = '67' and m.indicator_code = 'PAPI_SCORE' and m.year = 2023"""))
                .containsEntry("source", "Báo cáo của tỉnh")
                .containsEntry("source_url", null)
                .containsEntry("created_by", "editor.daknong");
    }

    @Test
    void theOtherPublishedValuesAreAddedAlsoToAnApprovedYear() {
        assertThat(jdbc.queryForList("""
                        select m.indicator_code from measurement m join province p on p.id = m.province_id
                        where p.code = '67' and m.year = 2023 and m.created_by = 'system' order by 1""", String.class)).containsExactly("PAPI_GROUP", "PAPI_RANK", "PCI_RANK");
        assertThat(jdbc.queryForObject("select count(*) from measurement where created_by = 'system'", Integer.class))
                .isEqualTo(1361);
    }

    @Test
    void theApprovalLockHoldsAgainAfterwards() {
        assertThatThrownBy(() -> jdbc.update("""
                        update measurement set note = 'x' where indicator_code = 'PAPI_RANK' and year = 2023
                          and province_id in (select id from province where code = '67')""")).hasMessageContaining("approved and read-only");
    }
}
