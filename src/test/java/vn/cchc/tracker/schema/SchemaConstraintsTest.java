package vn.cchc.tracker.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.PAPI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;
import static vn.cchc.tracker.testing.ShippedData.PCI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;
import static vn.cchc.tracker.testing.ShippedData.documentId;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.RepositoryTest;

/**
 * The database itself refuses data that breaks the domain rules, whoever writes it. Plain SQL, so nothing in the
 * application can get in the way; every test runs in a transaction that is rolled back.
 */
@RepositoryTest
class SchemaConstraintsTest {

    private static final String SENTENCE = "Câu thử nghiệm của bài kiểm tra.";

    @Autowired
    JdbcTemplate jdbc;

    long dakNong;
    long dakNongDocument;

    @BeforeEach
    void findShippedRows() {
        dakNong = jdbc.queryForObject(
                "select id from province where code = '67' and valid_to = date '2025-06-30'", Long.class);
        dakNongDocument = documentId(jdbc, DAK_NONG_RESOLUTION);
    }

    // --- positive controls ------------------------------------------------------------------------------------

    @Test
    void acceptsAValidMeasurement() {
        insertMeasurement(SIPAS, "PERCENT", 2019, new BigDecimal("82.5"), null);

        Map<String, Object> row = jdbc.queryForMap(
                "select value_number, value_level, created_by from measurement where province_id = ? and indicator_code = 'SIPAS' and year = 2019",
                dakNong);
        assertThat((BigDecimal) row.get("value_number")).isEqualByComparingTo("82.5");
        assertThat(row.get("value_level")).isNull();
        assertThat(row.get("created_by")).isEqualTo("schema-test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100"})
    void acceptsPercentagesAtTheEdgesOfTheRange(String value) {
        insertMeasurement(SIPAS, "PERCENT", 2019, new BigDecimal(value), null);

        assertThat(countMeasurements(SIPAS, 2019)).isEqualTo(1);
    }

    @Test
    void acceptsAGroupMeasurementNamingOneOfTheIndicatorsLevels() {
        insertMeasurement(PCI_GROUP, "GROUP", 2023, null, "khá");

        assertThat(jdbc.queryForObject(
                        "select value_level from measurement where province_id = ? and indicator_code = 'PCI_GROUP' and year = 2023",
                        String.class,
                        dakNong))
                .isEqualTo("khá");
    }

    @Test
    void acceptsAReduceByPercentTargetOfTenOnACountIndicator() {
        insertTarget("PUBLIC_SERVICE_UNITS", "COUNT", "REDUCE_BY_PERCENT", new BigDecimal("10"), null, 2021, SENTENCE);

        assertThat(jdbc.queryForObject("""
                select count(*) from target where document_id = ? and indicator_code = 'PUBLIC_SERVICE_UNITS'
                  and comparison = 'REDUCE_BY_PERCENT' and baseline_year = 2021""", Integer.class, dakNongDocument))
                .isEqualTo(2); // the shipped position 11 and this one
    }

    @Test
    void acceptsAGroupTargetNamingOneOfTheIndicatorsLevels() {
        insertTarget(PAPI_GROUP, "GROUP", "GROUP_AT_LEAST", null, "cao nhất", null, SENTENCE);

        assertThat(jdbc.queryForObject("select count(*) from target where threshold_level = 'cao nhất'", Integer.class))
                .isEqualTo(1);
    }

    // --- measurements ---------------------------------------------------------------------------------------

    @Test
    void refusesASecondMeasurementForTheSameProvinceIndicatorAndYear() {
        insertMeasurement(SIPAS, "PERCENT", 2019, new BigDecimal("82.5"), null);

        assertThatThrownBy(() -> insertMeasurement(SIPAS, "PERCENT", 2019, new BigDecimal("83"), null))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("measurement_uq");
    }

    @Test
    void refusesASecondMeasurementForAShippedProvinceIndicatorAndYear() {
        assertThatThrownBy(() -> insertMeasurement(SIPAS, "PERCENT", 2022, new BigDecimal("80.09"), null))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("measurement_uq");
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-1", "100.0001"})
    void refusesAPercentageOutsideZeroToHundred(String value) {
        assertRefused(
                () -> insertMeasurement(SIPAS, "PERCENT", 2019, new BigDecimal(value), null),
                "is outside the valid range",
                SIPAS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "64"})
    void refusesARankOutsideOneToSixtyThree(String value) {
        assertRefused(
                () -> insertMeasurement(PAR_INDEX_RANK, "RANK", 2019, new BigDecimal(value), null),
                "is outside the valid range",
                PAR_INDEX_RANK);
    }

    @Test
    void refusesANegativeCount() {
        assertRefused(
                () -> insertMeasurement("PUBLIC_SERVICE_UNITS", "COUNT", 2021, new BigDecimal("-1"), null),
                "is outside the valid range",
                "PUBLIC_SERVICE_UNITS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xuất sắc", "cao nhất"}) // unknown anywhere; a PAPI level, not a PCI one
    void refusesAGroupMeasurementWithALevelTheIndicatorDoesNotHave(String level) {
        assertRefused(() -> insertMeasurement(PCI_GROUP, "GROUP", 2023, null, level), "measurement_level_fk");
    }

    @Test
    void refusesANumberOnAGroupIndicator() {
        assertRefused(
                () -> insertMeasurement(PCI_GROUP, "GROUP", 2023, new BigDecimal("4"), null),
                "measurement_value_shape_ck");
    }

    @Test
    void refusesALevelOnANumericIndicator() {
        assertRefused(() -> insertMeasurement(SIPAS, "PERCENT", 2019, null, "khá"), "measurement_value_shape_ck");
    }

    @Test
    void refusesAMeasurementWhoseKindDiffersFromItsIndicatorsUnitKind() {
        assertRefused(
                () -> insertMeasurement(SIPAS, "RANK", 2019, new BigDecimal("12"), null), "measurement_indicator_fk");
    }

    @Test
    void refusesAMeasurementOfAnUnknownIndicator() {
        assertRefused(
                () -> insertMeasurement("NO_SUCH_INDICATOR", "PERCENT", 2019, new BigDecimal("50"), null),
                "measurement_indicator_fk");
    }

    @Test
    void refusesAMeasurementWithoutASource() {
        assertRefused(() -> jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                values (?, 'SIPAS', 'PERCENT', 2019, 50, '  ', 'schema-test', 'schema-test')""", dakNong), "measurement_source_check");
    }

    // --- targets --------------------------------------------------------------------------------------------

    @Test
    void refusesGroupAtLeastOnANonGroupIndicator() {
        assertRefused(
                () -> insertTarget(SIPAS, "PERCENT", "GROUP_AT_LEAST", null, "khá", null, SENTENCE),
                "target_group_kind_ck");
    }

    @Test
    void refusesANumericComparisonOnAGroupIndicator() {
        assertRefused(
                () -> insertTarget(PCI_GROUP, "GROUP", "AT_LEAST", new BigDecimal("4"), null, null, SENTENCE),
                "target_group_kind_ck");
    }

    @Test
    void refusesRankAtBestOnAPercentIndicator() {
        assertRefused(
                () -> insertTarget(SIPAS, "PERCENT", "RANK_AT_BEST", new BigDecimal("10"), null, null, SENTENCE),
                "target_rank_kind_ck");
    }

    @Test
    void refusesReduceByPercentWithoutABaselineYear() {
        assertRefused(
                () -> insertTarget(
                        "PUBLIC_SERVICE_UNITS",
                        "COUNT",
                        "REDUCE_BY_PERCENT",
                        new BigDecimal("10"),
                        null,
                        null,
                        SENTENCE),
                "target_reduce_ck");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101"})
    void refusesAReductionThatIsNotAPercentageBetweenZeroAndHundred(String value) {
        assertRefused(
                () -> insertTarget(
                        "PUBLIC_SERVICE_UNITS",
                        "COUNT",
                        "REDUCE_BY_PERCENT",
                        new BigDecimal(value),
                        null,
                        2021,
                        SENTENCE),
                "target_reduce_ck");
    }

    @Test
    void refusesABaselineYearAfterTheDeadline() {
        assertRefused(
                () -> insertTarget(
                        "PUBLIC_SERVICE_UNITS",
                        "COUNT",
                        "REDUCE_BY_PERCENT",
                        new BigDecimal("10"),
                        null,
                        2026,
                        SENTENCE),
                "target_baseline_before_deadline_ck");
    }

    @ParameterizedTest
    @CsvSource({
        "SIPAS, PERCENT, AT_LEAST, 120",
        "SIPAS, PERCENT, AT_LEAST, -5",
        "PAR_INDEX_RANK, RANK, RANK_AT_BEST, 0",
        "PAR_INDEX_RANK, RANK, RANK_AT_BEST, 64"
    })
    void refusesAThresholdOutsideTheIndicatorsRange(String code, String kind, String comparison, String value) {
        assertRefused(
                () -> insertTarget(code, kind, comparison, new BigDecimal(value), null, null, SENTENCE),
                "threshold",
                "is outside the valid range",
                code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesATargetWithABlankSentence(String sentence) {
        assertRefused(
                () -> insertTarget(SIPAS, "PERCENT", "AT_LEAST", new BigDecimal("90"), null, null, sentence),
                "target_sentence_check");
    }

    @Test
    void refusesATargetWithoutASentence() {
        assertRefused(
                () -> insertTarget(SIPAS, "PERCENT", "AT_LEAST", new BigDecimal("90"), null, null, null), "sentence");
    }

    @Test
    void refusesATargetOfAnUnknownIndicator() {
        assertRefused(
                () -> insertTarget(
                        "NO_SUCH_INDICATOR", "PERCENT", "AT_LEAST", new BigDecimal("90"), null, null, SENTENCE),
                "target_indicator_fk");
    }

    @Test
    void refusesATargetWhoseKindDiffersFromItsIndicatorsUnitKind() {
        assertRefused(
                () -> insertTarget(SIPAS, "SCORE", "AT_LEAST", new BigDecimal("90"), null, null, SENTENCE),
                "target_indicator_fk");
    }

    @Test
    void refusesAGroupTargetWithALevelTheIndicatorDoesNotHave() {
        assertRefused(
                () -> insertTarget(PCI_GROUP, "GROUP", "GROUP_AT_LEAST", null, "trung bình cao", null, SENTENCE),
                "target_level_fk");
    }

    @Test
    void refusesAGroupTargetThatAlsoNamesANumber() {
        assertRefused(
                () -> insertTarget(PCI_GROUP, "GROUP", "GROUP_AT_LEAST", new BigDecimal("4"), "khá", null, SENTENCE),
                "target_threshold_shape_ck");
    }

    @Test
    void refusesAnUnknownComparison() {
        assertRefused(
                () -> insertTarget(SIPAS, "PERCENT", "ABOUT", new BigDecimal("90"), null, null, SENTENCE),
                "target_comparison_check");
    }

    // --- documents and provinces ----------------------------------------------------------------------------

    @Test
    void refusesADocumentForANonexistentProvince() {
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from province", Long.class);

        assertRefused(() -> insertDocument(missing, "99-NQ/TU"), "document_province_id_fkey");
    }

    @Test
    void refusesASecondDocumentWithTheSameNumberForTheSameProvince() {
        assertThatThrownBy(() -> insertDocument(dakNong, DAK_NONG_RESOLUTION))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("document_number_uq");
    }

    @Test
    void acceptsADocumentForAnExistingProvince() {
        insertDocument(dakNong, "99-NQ/TU");

        assertThat(jdbc.queryForObject("select count(*) from document where province_id = ?", Integer.class, dakNong))
                .isEqualTo(3); // 20-NQ/TU, the 2024 report (V70) and this one
    }

    @Test
    void refusesAProvinceAsItsOwnSuccessor() {
        Long id = jdbc.queryForObject("""
                insert into province (code, name_vi, kind, valid_from, valid_to)
                values ('99', 'Tỉnh Thử Nghiệm', 'PROVINCE', date '2000-01-01', date '2010-12-31') returning id""", Long.class);

        assertRefused(
                () -> jdbc.update("update province set successor_id = id where id = ?", id),
                "province_successor_not_self_ck");
    }

    @Test
    void refusesASuccessorForAUnitThatHasNotEnded() {
        long lamDong =
                jdbc.queryForObject("select id from province where code = '68' and valid_to is null", Long.class);

        assertRefused(() -> jdbc.update("""
                insert into province (code, name_vi, kind, valid_from, successor_id)
                values ('99', 'Tỉnh Thử Nghiệm', 'PROVINCE', date '2000-01-01', ?)""", lamDong), "province_successor_needs_end_ck");
    }

    @Test
    void refusesASecondUnitWithTheSameCodeAndStartDate() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into province (code, name_vi, kind, valid_from) values ('68', 'Lâm Đồng', 'PROVINCE', date '2025-07-01')"""))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("province_code_period_uq");
    }

    @Test
    void refusesASecondUnitWithoutAStartUnderOneCode() {
        // no start means "in force before the unit list's period": only the first unit under a code can have none
        assertThatThrownBy(() -> jdbc.update("""
                insert into province (code, name_vi, kind, valid_to) values ('67', 'Đắk Nông', 'PROVINCE', date '2020-01-01')"""))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("province_code_period_uq");
    }

    // --- writers outside the application ------------------------------------------------------------------

    /**
     * The range triggers must work for any client, not only for connections whose search_path is the
     * application's schema (psql, reporting tools, a second service). SET LOCAL ends with the rolled-back transaction.
     */
    @Test
    void rangeTriggersWorkForAClientWithAnotherSearchPath() {
        String schema = jdbc.queryForObject("select current_schema()", String.class);
        jdbc.execute("set local search_path to public");

        jdbc.update(
                "insert into " + schema
                        + ".measurement (province_id, indicator_code, indicator_kind, year, value_number, "
                        + "source, created_by, updated_by) values (?, 'SIPAS', 'PERCENT', 2019, 50, 'psql', 'psql', 'psql')",
                dakNong);

        assertThat(jdbc.queryForObject(
                        "select count(*) from " + schema
                                + ".measurement where province_id = ? and indicator_code = 'SIPAS' and year = 2019",
                        Integer.class,
                        dakNong))
                .isEqualTo(1);
    }

    @Test
    void refusesAStatementOfManyValuesWhenOneIsOutsideItsRange() {
        assertRefused(
                () -> jdbc.update("""
                        insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                                 created_by, updated_by)
                        select ?, 'SIPAS', 'PERCENT', y, case when y = 2016 then 100.5 else 50 end, 'schema test',
                               'schema-test', 'schema-test'
                        from generate_series(2012, 2018) y""", dakNong), "value 100.5", "is outside the valid range", "of indicator SIPAS");
    }

    @Test
    void refusesAnUpdateOrADeleteOfManyValuesWhenOneIsInAnApprovedYear() {
        insertMeasurement(SIPAS, "PERCENT", 2018, new BigDecimal("70"), null);
        insertMeasurement(SIPAS, "PERCENT", 2019, new BigDecimal("71"), null);
        jdbc.update(
                "insert into result_approval (province_code, year, approved_by) values ('67', 2019, 'schema-test')");

        assertThatThrownBy(() -> jdbc.update(
                        "update measurement set value_number = value_number + 1 where province_id = ? and year in (2018, 2019)",
                        dakNong))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("the results of province 67 for 2019 are approved and read-only");
    }

    @Test
    void refusesADeleteOfManyValuesWhenOneIsInAnApprovedYear() {
        insertMeasurement(SIPAS, "PERCENT", 2019, new BigDecimal("71"), null);
        jdbc.update(
                "insert into result_approval (province_code, year, approved_by) values ('67', 2019, 'schema-test')");

        assertThatThrownBy(() -> jdbc.update("delete from measurement where province_id = ?", dakNong))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("are approved and read-only");
    }

    @Test
    void refusesAnInsertIntoAnApprovedYear() {
        jdbc.update(
                "insert into result_approval (province_code, year, approved_by) values ('67', 2019, 'schema-test')");

        assertThatThrownBy(() -> insertMeasurement(SIPAS, "PERCENT", 2019, new BigDecimal("71"), null))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("the results of province 67 for 2019 are approved and read-only");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private void insertMeasurement(String code, String kind, int year, BigDecimal number, String level) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, value_level,
                                         source, created_by, updated_by)
                values (?, ?, ?, ?, ?::numeric, ?, 'schema test', 'schema-test', 'schema-test')""", dakNong, code, kind, year, number, level);
    }

    private int countMeasurements(String code, int year) {
        return jdbc.queryForObject(
                "select count(*) from measurement where province_id = ? and indicator_code = ? and year = ?",
                Integer.class,
                dakNong,
                code,
                year);
    }

    private void insertTarget(
            String code,
            String kind,
            String comparison,
            BigDecimal value,
            String level,
            Integer baselineYear,
            String sentence) {
        jdbc.update("""
                insert into target (document_id, indicator_code, indicator_kind, comparison, threshold_value,
                                    threshold_level, deadline_year, baseline_year, sentence, position)
                values (?, ?, ?, ?, ?::numeric, ?, 2025, ?::int, ?, 99)""", dakNongDocument, code, kind, comparison, value, level, baselineYear, sentence);
    }

    private void insertDocument(long provinceId, String number) {
        jdbc.update("""
                insert into document (province_id, number, kind, issuing_body, issue_date, title, source)
                values (?, ?, 'RESOLUTION', 'Tỉnh ủy', date '2024-01-01', 'Văn bản thử nghiệm', 'schema test')""", provinceId, number);
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable insert, String... messageParts) {
        assertThatThrownBy(insert)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContainingAll(messageParts);
    }
}
