package vn.cchc.tracker.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.support.DataVersion;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;
import vn.cchc.tracker.testing.TestDatabase;

/**
 * After a write of values, the kept inputs of every province read again only the values of the units the write touched
 * (V75), and judge exactly as a full read of every value does, whoever wrote (shipped data; every write undone).
 */
@ApplicationTest
class AttainmentValueWritesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The statement of the values (yearly and provisional), whole or of some units. */
    private static final String VALUES = "from measurement m";

    @Autowired
    AttainmentService attainment;

    @Autowired
    AttainmentQuery query;

    @Autowired
    MessageSource messages;

    @Autowired
    DataVersion versions;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AttainmentProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void keepEveryProvincesInputs() {
        jdbc.update("update province set name_vi = name_vi where code = '67'"); // nothing kept from before
        attainment.evaluate(null, 2024, VI);
    }

    @AfterEach
    void undoTheWrites() {
        jdbc.update("delete from provisional_measurement where source = 'test of kept values'");
        jdbc.update("delete from measurement where source = 'test of kept values'");
    }

    @Test
    void aValueWriteOfOneProvinceReadsOnlyThatProvincesValuesAndJudgesAsAFullRead() {
        yearly("67", "SIPAS", 2024, "91");

        List<TargetAttainment> after = new ArrayList<>();
        List<SqlStatementCounter.Statement> statements =
                SqlStatementCounter.statements(() -> after.addAll(attainment.evaluate(null, 2024, VI)));

        assertThat(statements)
                .as("the versions, units, catalogue, the units whose values were written, their values")
                .hasSize(5);
        assertThat(unitsRead(statements)).isEqualTo(ids("67"));
        assertThat(after).containsExactlyElementsOf(fullRead(2024));
        assertThat(after).anySatisfy(a -> {
            assertThat(a.target().provinceCode()).isEqualTo("67");
            assertThat(a.result().judgedValue()).isEqualByComparingTo("91");
        });
    }

    @Test
    void aDeletedValueIsGoneAfterItsProvinceIsReadAgain() {
        yearly("67", "SIPAS", 2024, "91");
        attainment.evaluate(null, 2024, VI);

        jdbc.update("delete from measurement where source = 'test of kept values'");
        List<TargetAttainment> after = new ArrayList<>();
        List<SqlStatementCounter.Statement> statements =
                SqlStatementCounter.statements(() -> after.addAll(attainment.evaluate(null, 2024, VI)));

        assertThat(unitsRead(statements)).isEqualTo(ids("67"));
        assertThat(after).containsExactlyElementsOf(fullRead(2024));
        assertThat(after)
                .filteredOn(a -> a.target().provinceCode().equals("67")
                        && a.target().indicatorCode().equals("SIPAS"))
                .allSatisfy(a -> assertThat(a.result().judgedYear()).isNotEqualTo(2024));
    }

    @Test
    void aUnitContinuedUnderAnotherNameIsReadAgainWithItsPredecessor() {
        yearly("46", "SIPAS", 2024, "88"); // Thừa Thiên Huế: Thành phố Huế's values are in the same series

        List<SqlStatementCounter.Statement> statements =
                SqlStatementCounter.statements(() -> attainment.evaluate(null, 2024, VI));

        assertThat(unitsRead(statements)).isEqualTo(ids("46")).hasSize(2);
        assertThat(attainment.evaluate(null, 2024, VI)).containsExactlyElementsOf(fullRead(2024));
    }

    @Test
    void aProvisionalValueAndAScoreOfAProvinceWithoutTargetsAreReadAgainAndJudgedAsAFullRead() {
        // Quảng Trị's PAPI rank (14 of 61 in 2024) is computed from the national table: the lowest score rising
        // above Quảng Trị's moves it
        long lowest = jdbc.queryForObject(
                "select id from measurement where indicator_code = 'PAPI_SCORE' and year = 2024"
                        + " order by value_number limit 1",
                Long.class);
        Map<String, Object> before =
                jdbc.queryForMap("select value_number, computed, province_id from measurement where id = ?", lowest);
        try {
            valueAndScore(lowest);

            List<TargetAttainment> after = new ArrayList<>();
            List<SqlStatementCounter.Statement> statements =
                    SqlStatementCounter.statements(() -> after.addAll(attainment.evaluate(null, 2024, VI)));

            Set<Long> both = ids("67");
            both.add(((Number) before.get("province_id")).longValue());
            assertThat(unitsRead(statements)).isEqualTo(both);
            assertThat(after).containsExactlyElementsOf(fullRead(2024));
            assertThat(rankOfQuangTri(after)).isEqualByComparingTo("15");
        } finally {
            jdbc.update(
                    "update measurement set value_number = ?, computed = ? where id = ?",
                    before.get("value_number"),
                    before.get("computed"),
                    lowest);
        }
    }

    /** One transaction: a provisional value of Đắk Nông, a score of another unit. */
    private void valueAndScore(long scoreId) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("""
                    insert into provisional_measurement (period_id, province_id, indicator_code, indicator_kind,
                                                         value_number, source, created_by, updated_by)
                    select rp.id, p.id, 'SIPAS', 'PERCENT', 91, 'test of kept values', 'test', 'test'
                    from reporting_period rp, province p
                    where rp.year = 2024 and rp.kind = 'H1' and p.code = '67'""");
            jdbc.update("update measurement set value_number = 79 where id = ?", scoreId);
        });
    }

    @Test
    void writesToManyProvincesReadEveryValueAgain() {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2029, 70, 'test of kept values', 'test', 'test' from province""");

        List<TargetAttainment> after = new ArrayList<>();
        List<SqlStatementCounter.Statement> statements =
                SqlStatementCounter.statements(() -> after.addAll(attainment.evaluate(null, 2029, VI)));

        assertThat(valuesStatement(statements).sql()).as("every unit's values").doesNotContain("province_id = any(");
        assertThat(after).containsExactlyElementsOf(fullRead(2029));
    }

    @Test
    void aWriteThroughAnotherConnectionIsSeenByEveryInstance() throws Exception {
        AttainmentService another = new AttainmentService(query, messages, versions, meters, properties);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> another.evaluate(null, 2024, VI)); // keeps its own inputs

        TestDatabase database = TestDatabase.get();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute("set search_path to cchc");
            statement.executeUpdate("""
                    insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                             created_by, updated_by)
                    select id, 'SIPAS', 'PERCENT', 2024, 92, 'test of kept values', 'test', 'test'
                    from province where code = '67'""");
        }

        List<TargetAttainment> ofAnother = new ArrayList<>();
        List<SqlStatementCounter.Statement> statements = SqlStatementCounter.statements(
                () -> readOnly.executeWithoutResult(status -> ofAnother.addAll(another.evaluate(null, 2024, VI))));
        List<TargetAttainment> full = fullRead(2024);

        assertThat(unitsRead(statements)).isEqualTo(ids("67"));
        assertThat(ofAnother).containsExactlyElementsOf(full);
        assertThat(attainment.evaluate(null, 2024, VI)).containsExactlyElementsOf(full);
        assertThat(full).anySatisfy(a -> assertThat(a.result().judgedValue()).isEqualByComparingTo("92"));
    }

    /** Every target judged from a full read: a service outside any transaction keeps nothing. */
    private List<TargetAttainment> fullRead(int year) {
        return new AttainmentService(query, messages, versions, meters, properties).evaluate(null, year, VI);
    }

    private void yearly(String code, String indicator, int year, String value) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select p.id, i.code, i.unit_kind, ?, ?, 'test of kept values', 'test', 'test'
                from province p, indicator i
                where p.code = ? and coalesce(extract(year from p.valid_from), 0) <= ?
                  and coalesce(extract(year from p.valid_to), 9999) >= ? and i.code = ?""", year, new BigDecimal(value), code, year, year, indicator);
    }

    /** The ids of every unit that carried the code. */
    private Set<Long> ids(String code) {
        return new TreeSet<>(jdbc.queryForList("select id from province where code = ?", Long.class, code));
    }

    private static SqlStatementCounter.Statement valuesStatement(List<SqlStatementCounter.Statement> statements) {
        return statements.stream()
                .filter(s -> s.sql().contains(VALUES))
                .findFirst()
                .orElseThrow();
    }

    /** The units whose values the statement of some units' values read. */
    private static Set<Long> unitsRead(List<SqlStatementCounter.Statement> statements) {
        SqlStatementCounter.Statement values = valuesStatement(statements);
        assertThat(values.sql()).as("some units' values").contains("province_id = any(");
        Set<Long> units = new TreeSet<>();
        Arrays.stream(values.parameters().get(0).toString().split(",")).forEach(id -> units.add(Long.valueOf(id)));
        return units;
    }

    private static BigDecimal rankOfQuangTri(List<TargetAttainment> all) {
        return all.stream()
                .filter(a -> a.target().provinceCode().equals("45")
                        && a.target().indicatorCode().equals("PAPI_RANK"))
                .findFirst()
                .orElseThrow()
                .result()
                .judgedValue();
    }
}
