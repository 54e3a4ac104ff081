package vn.cchc.tracker.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;

@ApplicationTest
class AttainmentServiceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    AttainmentService attainment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyShippedTargetIsEvaluatedFromFourStatementsThenFromMemoryUntilTheDataChanges() {
        touchTheData();

        long loading = SqlStatementCounter.count(
                () -> assertThat(attainment.evaluate(null, 2024, VI)).hasSize(72));
        long kept = SqlStatementCounter.count(
                () -> assertThat(attainment.evaluate(null, 2023, VI)).hasSize(72));

        assertThat(loading)
                .as("the data version, then units, catalogue, targets, measurements")
                .isEqualTo(5);
        assertThat(kept).as("the data version only").isEqualTo(1);
    }

    @Test
    void oneProvinceTakesTheSameStatementsWhenNothingIsKept() {
        touchTheData();

        long statements = SqlStatementCounter.count(
                () -> assertThat(attainment.evaluate(DAK_NONG, 2024, VI)).hasSize(33));

        assertThat(statements).isEqualTo(5);
    }

    @Test
    void keptInputsGiveWayToACommittedChange() {
        assertThat(sipas2025(ofDakNong(attainment.evaluate(null, 2024, VI)))
                        .result()
                        .judgedValue())
                .isEqualByComparingTo("81.21");
        try {
            jdbc.update("""
                    insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                    select id, 'SIPAS', 'PERCENT', 2024, 91, 'test', 'test', 'test' from province where code = '67'""");

            List<TargetAttainment> all = new ArrayList<>();
            long statements = SqlStatementCounter.count(() -> all.addAll(attainment.evaluate(null, 2024, VI)));
            TargetAttainment after = sipas2025(ofDakNong(all));

            assertThat(statements)
                    .as("the versions, units, catalogue, the units whose values were written, their values: the"
                            + " targets are kept")
                    .isEqualTo(5);
            assertThat(after.result().judgedValue()).isEqualByComparingTo("91");
            assertThat(after.status()).isEqualTo(AttainmentStatus.MET);
        } finally {
            jdbc.update("""
                    delete from measurement m using province p where p.id = m.province_id and p.code = '67'
                      and m.indicator_code = 'SIPAS' and m.year = 2024""");
        }
    }

    @Test
    @Transactional
    void theStatementCountDoesNotGrowWithTheNumberOfTargetsOrMeasurements() {
        // triple the data: copy every target and add measurements for other indicators and years
        jdbc.update("""
                insert into target (document_id, indicator_code, indicator_kind, comparison, threshold_value,
                                    threshold_level, deadline_year, baseline_year, baseline_value, sentence, position)
                select document_id, indicator_code, indicator_kind, comparison, threshold_value, threshold_level,
                       deadline_year, baseline_year, baseline_value, sentence, position + 100 from target""");
        jdbc.update("""
                insert into target (document_id, indicator_code, indicator_kind, comparison, threshold_value,
                                    threshold_level, deadline_year, baseline_year, baseline_value, sentence, position)
                select document_id, indicator_code, indicator_kind, comparison, threshold_value, threshold_level,
                       deadline_year, baseline_year, baseline_value, sentence, position + 200 from target
                where position < 100""");
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select p.id, i.code, i.unit_kind, y, 50, 'test', 'test', 'test'
                from province p cross join indicator i cross join generate_series(2015, 2021) y
                where i.unit_kind = 'PERCENT' and p.code in ('67', '52', '45')""");

        long statements = SqlStatementCounter.count(
                () -> assertThat(attainment.evaluate(null, 2024, VI)).hasSize(216));

        assertThat(statements)
                .as("a writing transaction loads without reading the version")
                .isEqualTo(4);
    }

    /** A committed write to the units that changes nothing shown, so no inputs are kept from before. */
    private void touchTheData() {
        jdbc.update("update province set name_vi = name_vi where code = '67'");
    }

    @Test
    void aCatalogueWriteRenamesTheKeptTargetsWithoutLoadingTargetsOrValuesAgain() {
        touchTheData();
        attainment.evaluate(null, 2024, VI);
        String name = jdbc.queryForObject("select name_vi from indicator where code = 'SIPAS'", String.class);
        try {
            jdbc.update("update indicator set name_vi = 'Chỉ số SIPAS (đổi tên)' where code = 'SIPAS'");

            List<TargetAttainment> after = new ArrayList<>();
            long statements = SqlStatementCounter.count(() -> after.addAll(attainment.evaluate(null, 2024, VI)));

            assertThat(statements).as("the versions, units, catalogue").isEqualTo(3);
            TargetAttainment sipas = sipas2025(ofDakNong(after));
            assertThat(sipas.target().indicatorNameVi()).isEqualTo("Chỉ số SIPAS (đổi tên)");
            assertThat(sipas.result().judgedValue()).isEqualByComparingTo("81.21");
        } finally {
            jdbc.update("update indicator set name_vi = ? where code = 'SIPAS'", name);
        }
    }

    @Test
    void aChangedTargetIsLoadedAgainAndItsValuesKept() {
        touchTheData();
        assertThat(sipas2025(ofDakNong(attainment.evaluate(null, 2024, VI))).status())
                .isEqualTo(AttainmentStatus.OFF_TRACK);
        long id = sipas2025(ofDakNong(attainment.evaluate(null, 2024, VI)))
                .target()
                .targetId();
        BigDecimal threshold =
                jdbc.queryForObject("select threshold_value from target where id = ?", BigDecimal.class, id);
        try {
            jdbc.update("update target set threshold_value = 80 where id = ?", id);

            List<TargetAttainment> after = new ArrayList<>();
            long statements = SqlStatementCounter.count(() -> after.addAll(attainment.evaluate(null, 2024, VI)));

            assertThat(statements).as("the versions, units, catalogue, targets").isEqualTo(4);
            assertThat(sipas2025(ofDakNong(after)).status())
                    .as("81.21 against 80")
                    .isEqualTo(AttainmentStatus.MET);
        } finally {
            jdbc.update("update target set threshold_value = ? where id = ?", threshold, id);
        }
    }

    @Test
    void aWriteToNoTableTheInputsReadKeepsTargetsAndValues() {
        touchTheData();
        List<TargetAttainment> before = attainment.evaluate(null, 2024, VI);
        try {
            jdbc.update("insert into result_approval (province_code, year, approved_by) values ('67', 2011, 'test')");

            List<TargetAttainment> after = new ArrayList<>();
            long statements = SqlStatementCounter.count(() -> after.addAll(attainment.evaluate(null, 2024, VI)));

            assertThat(statements).as("the versions, units, catalogue").isEqualTo(3);
            assertThat(after)
                    .extracting(TargetAttainment::status)
                    .containsExactlyElementsOf(
                            before.stream().map(TargetAttainment::status).toList());
        } finally {
            jdbc.update("delete from result_approval where province_code = '67' and year = 2011");
        }
    }

    @Test
    void theWorkedExampleHolds() {
        TargetAttainment sipas = sipas2025(attainment.evaluate(DAK_NONG, 2024, VI));

        assertThat(sipas.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
        assertThat(sipas.result().judgedYear()).isEqualTo(2023);
        assertThat(sipas.result().judgedValue()).isEqualByComparingTo("81.21");
        assertThat(sipas.result().projectedValue()).isEqualByComparingTo("83.45");
        assertThat(sipas.result().progress()).isEqualTo(new BigDecimal("0.1130"));
        assertThat(sipas.explanation()).contains("81,21%", "2023", "≥ 90%");

        // issue 13: Đắk Nông ended on 30/06/2025, before its deadline year was over: no longer followed
        TargetAttainment closed = sipas2025(attainment.evaluate(DAK_NONG, 2026, VI));
        assertThat(closed.status()).isEqualTo(AttainmentStatus.CLOSED);
        assertThat(closed.explanation()).contains("Lâm Đồng (68)", "01/07/2025", "81,21%");
    }

    @Test
    void hueTargetsAreEvaluatedUnderItsCodeAcrossTheRename() {
        List<TargetAttainment> hue = attainment.evaluate(HUE, 2019, VI);

        assertThat(hue).hasSize(15).allSatisfy(a -> assertThat(a.target().provinceCode())
                .isEqualTo(HUE));
        assertThat(hue).allSatisfy(a -> assertThat(a.status()).isEqualTo(AttainmentStatus.NO_DATA));
    }

    private static List<TargetAttainment> ofDakNong(List<TargetAttainment> results) {
        return results.stream()
                .filter(a -> a.target().provinceCode().equals(DAK_NONG))
                .toList();
    }

    private static TargetAttainment sipas2025(List<TargetAttainment> results) {
        return results.stream()
                .filter(a ->
                        a.target().indicatorCode().equals(SIPAS) && a.target().deadlineYear() == 2025)
                .findFirst()
                .orElseThrow();
    }
}
