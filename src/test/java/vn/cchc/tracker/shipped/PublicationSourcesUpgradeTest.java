package vn.cchc.tracker.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchc.tracker.testing.ShippedData.BAO_DAK_NONG_2024;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PORTAL_ARTICLE;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_ARTICLE_2022;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.HUE_DECISION;
import static vn.cchc.tracker.testing.ShippedData.HUE_PLAN_2019;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_SCIENCE_DEPARTMENT_2023;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.testing.UpgradeSchema;

/**
 * V43 as an installation gets it: a database at V42, whose sources cite the shipped data's source material by file
 * name — in the shipped rows and in what people made from them — is upgraded; afterwards no source and no audited
 * value names a file, each names its publication, and the guards V43 set aside hold again. The V42 texts are read
 * from the database itself. Runs in a schema of its own on the run's database.
 */
class PublicationSourcesUpgradeTest {

    private static final String SCHEMA = "cchc_upgrade_v43";
    /** An internal file name as V3 wrote them before each citation. */
    private static final Pattern FILE_NAME = Pattern.compile("Seed 0|\\d{3}_[0-9a-f]{16}");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JdbcTemplate jdbc;
    /** At V42: Đắk Nông's measurements' citation, and the Huế decision's. */
    private static String cited2024;

    private static String cited2019;
    private static Map<String, Long> rowsBefore;
    private static long dataVersionBefore;
    private static long sipas2023VersionBefore;

    @BeforeAll
    static void upgradeAnInstallationFromV42() {
        UpgradeSchema installation = UpgradeSchema.fresh(SCHEMA);
        jdbc = installation.jdbc();
        installation.migrateTo("42");

        cited2024 = jdbc.queryForObject(
                "select source from measurement where indicator_code = 'SIPAS' and year = 2023", String.class);
        cited2019 = jdbc.queryForObject("select source from document where number = ?", String.class, HUE_DECISION);
        assertThat(List.of(cited2024, cited2019))
                .as("V42's sources")
                .allMatch(s -> FILE_NAME.matcher(s).find());
        whatPeopleMadeOfTheCitations();
        rowsBefore = rowCounts();
        dataVersionBefore = dataVersion();
        sipas2023VersionBefore = sipas2023Version();

        // V43 alone: later shipped data (the published index results of V61) adds rows and citations of its own
        installation.migrateTo("43");
    }

    /** Copies of the V42 citations made by people, an audited edit of each kind, and an approved year. */
    private static void whatPeopleMadeOfTheCitations() {
        String file2024 = cited2024.substring(0, cited2024.indexOf(" — "));
        String file2019 = cited2019.substring(0, cited2019.indexOf(" — "));
        measurement("SIPAS", 2024, cited2024); // copied as it was
        measurement("DOSSIER_ON_TIME_RATE", 2023, cited2024 + "; số liệu đến tháng 11");
        measurement("CCHC_PLAN_COMPLETION_RATE", 2023, file2024); // the file name alone
        jdbc.update("""
                update target set source = ? where position = 1
                  and document_id = (select id from document where number = ?)""", file2019 + " — trang 2", HUE_DECISION);
        audit("MEASUREMENT", sipasValues("81.21", cited2024), sipasValues("81.5", cited2024));
        audit(
                "DOCUMENT",
                documentValues(jdbc.queryForObject(
                        "select source from document where number = ?", String.class, DAK_NONG_RESOLUTION)),
                documentValues("Báo cáo của Tỉnh ủy"));
        jdbc.update("insert into result_approval (province_code, year, approved_by) values ('67', 2023, 'admin')");
    }

    @Test
    void noSourceAndNoAuditedValueNamesAFileAnyMore() {
        List<String> texts = jdbc.queryForList("""
                select source from document union all select source from target where source is not null
                union all select source from measurement
                union all select old_value::text from audit_event union all select new_value::text from audit_event""", String.class);

        assertThat(texts)
                .as("4 documents, 5 targets with a source, 9 values, 2 audit events")
                .hasSize(22)
                .noneMatch(t -> t != null && FILE_NAME.matcher(t).find());
    }

    @Test
    void theDocumentsNameTheirPublications() {
        Map<String, String> sources = new LinkedHashMap<>();
        jdbc.query("select number, source from document order by number", rs -> {
            sources.put(rs.getString(1), rs.getString(2));
        });

        assertThat(sources)
                .containsOnly(
                        Map.entry(QUANG_TRI_RESOLUTION, QUANG_TRI_SCIENCE_DEPARTMENT_2023),
                        Map.entry(BINH_DINH_PROGRAMME, BINH_DINH_PORTAL_ARTICLE),
                        Map.entry(DAK_NONG_RESOLUTION, DAK_NONG_ARTICLE_2022),
                        Map.entry(HUE_DECISION, HUE_PLAN_2019));
    }

    @Test
    void theShippedTargetsAndValuesAndPeoplesCopiesNameTheirPublication() {
        assertThat(jdbc.queryForList(
                        "select source from target where source is not null order by position", String.class))
                .containsExactly(
                        HUE_PLAN_2019 + " — trang 2",
                        BAO_DAK_NONG_2024,
                        BAO_DAK_NONG_2024,
                        BAO_DAK_NONG_2024,
                        BAO_DAK_NONG_2024);
        assertThat(jdbc.queryForList("select source from measurement where created_by = 'shipped-data'", String.class))
                .hasSize(6)
                .containsOnly(BAO_DAK_NONG_2024);
        assertThat(jdbc.queryForMap("""
                select (select source from measurement where indicator_code = 'SIPAS' and year = 2024) as copied,
                       (select source from measurement
                        where indicator_code = 'DOSSIER_ON_TIME_RATE' and year = 2023) as extended,
                       (select source from measurement
                        where indicator_code = 'CCHC_PLAN_COMPLETION_RATE' and year = 2023) as bare""", new Object[0]))
                .containsExactly(
                        Map.entry("copied", BAO_DAK_NONG_2024),
                        Map.entry("extended", BAO_DAK_NONG_2024 + "; số liệu đến tháng 11"),
                        Map.entry("bare", BAO_DAK_NONG_2024));
    }

    @Test
    void theAuditTrailKeepsItsEventsWithTheirFieldsInOrderAndOnlyTheCitationsChanged() {
        List<Map<String, Object>> events = jdbc.queryForList(
                "select entity_type, old_value::text as old, new_value::text as new from audit_event order by id");

        assertThat(events)
                .extracting(e -> e.get("entity_type"), e -> e.get("old"), e -> e.get("new"))
                .containsExactly(
                        tuple(
                                "MEASUREMENT",
                                json(sipasValues("81.21", BAO_DAK_NONG_2024)),
                                json(sipasValues("81.5", BAO_DAK_NONG_2024))),
                        tuple(
                                "DOCUMENT",
                                json(documentValues(DAK_NONG_ARTICLE_2022)),
                                json(documentValues("Báo cáo của Tỉnh ủy"))));
    }

    @Test
    void rewrittenRowsAreNewVersionsAndTheDataVersionMoves() {
        assertThat(rowCounts()).isEqualTo(rowsBefore);
        assertThat(sipas2023Version())
                .as("an open form saving the old citation meets a conflict")
                .isEqualTo(sipas2023VersionBefore + 1);
        assertThat(dataVersion()).as("kept pages are not served again").isGreaterThan(dataVersionBefore);
        assertThat(jdbc.queryForObject("select success from flyway_schema_history where version = '43'", Boolean.class))
                .isTrue();
    }

    @Test
    void theAuditTrailIsAppendOnlyAndTheApprovedYearReadOnlyAgain() {
        assertThatThrownBy(() -> jdbc.update("update audit_event set reason = 'sửa'"))
                .rootCause()
                .hasMessageContaining("the audit trail is append-only");
        assertThatThrownBy(() -> jdbc.update("update measurement set note = 'sửa' where year = 2023"))
                .rootCause()
                .hasMessageContaining("are approved and read-only");
    }

    /** The application's migrations with the shipped data, as application.yml and ShippedDataConfiguration set them. */
    private static void measurement(String indicator, int year, String source) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select id, ?, 'PERCENT', ?, 90, ?, 'editor.daknong', 'editor.daknong' from province
                where code = '67' and valid_from = date '2004-01-01'""", indicator, year, source);
    }

    private static void audit(String entity, Map<String, Object> before, Map<String, Object> after) {
        jdbc.update("""
                insert into audit_event (actor, entity_type, entity_id, action, old_value, new_value)
                values ('editor.daknong', ?, 1, 'UPDATE', cast(? as json), cast(? as json))""", entity, json(before), json(after));
    }

    private static Map<String, Object> sipasValues(String value, String source) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("value", value);
        values.put("source", source);
        values.put("note", "Bài báo: SIPAS");
        return values;
    }

    private static Map<String, Object> documentValues(String source) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", DAK_NONG_RESOLUTION);
        values.put("source", source);
        values.put("title", "về tăng cường sự lãnh đạo của Đảng");
        return values;
    }

    /** As the application writes audit values (AuditLog): Jackson, fields in the order given. */
    private static String json(Map<String, Object> values) {
        return JSON.writeValueAsString(values);
    }

    private static Map<String, Long> rowCounts() {
        return jdbc.queryForMap("""
                select (select count(*) from document) as documents, (select count(*) from target) as targets,
                       (select count(*) from measurement) as measurements,
                       (select count(*) from audit_event) as events""", new Object[0]).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()));
    }

    private static long dataVersion() {
        return jdbc.queryForObject("select version from data_version", Long.class);
    }

    private static long sipas2023Version() {
        return jdbc.queryForObject(
                "select version from measurement where indicator_code = 'SIPAS' and year = 2023", Long.class);
    }
}
