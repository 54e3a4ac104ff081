package vn.cchc.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.PAPI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;
import static vn.cchc.tracker.testing.ShippedData.PCI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * An installation started with {@code cchc.shipped-data.enabled=false} gets the schema and the reference catalogue,
 * but none of the four provinces' documents, targets or measurements. It runs in its own schema, since every other
 * test shares the run's database with the shipped data in schema "cchc".
 */
@ApplicationTest
@TestPropertySource(
        properties = {
            "cchc.shipped-data.enabled=false",
            "spring.flyway.schemas=" + EmptyInstallationTest.SCHEMA,
            "spring.flyway.default-schema=" + EmptyInstallationTest.SCHEMA,
            "spring.datasource.hikari.schema=" + EmptyInstallationTest.SCHEMA,
            "spring.jpa.properties.hibernate.default_schema=" + EmptyInstallationTest.SCHEMA
        })
class EmptyInstallationTest {

    static final String SCHEMA = "cchc_empty";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationYears years;

    @Test
    void runsInItsOwnSchema() {
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
    }

    @Test
    void appliesEveryMigrationButTheShippedData() {
        List<String> scripts = jdbc.queryForList(
                "select script from " + SCHEMA
                        + ".flyway_schema_history where success and version is not null order by installed_rank",
                String.class);

        assertThat(scripts)
                .contains("V1__schema.sql", "V2__reference_data.sql")
                .noneMatch(script -> script.contains("shipped"));
    }

    @Test
    void loadsTheReferenceData() {
        assertThat(count("province")).isEqualTo(87);
        assertThat(count("reform_area")).isEqualTo(7);
        assertThat(count("indicator_level")).isEqualTo(10);
        assertThat(jdbc.queryForList("select code from " + SCHEMA + ".indicator", String.class))
                .contains(SIPAS, PAR_INDEX_RANK, PAPI_GROUP, PCI_GROUP, "PUBLIC_SERVICE_UNITS", "DOSSIER_ON_TIME_RATE")
                .hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void hasNoDocumentsTargetsOrMeasurements() {
        assertThat(count("document")).isZero();
        assertThat(count("target")).isZero();
        assertThat(count("measurement")).isZero();
    }

    @Test
    void provinceListStillRendersTheProvincesWithoutDocuments() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/provinces")).andReturn().getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(html)
                .contains(
                        "<html lang=\"vi\"",
                        "Tỉnh, thành phố và văn bản",
                        // the units of the current year: Lâm Đồng, no longer Đắk Nông
                        "Lâm Đồng",
                        "Gia Lai",
                        "Quảng Trị",
                        "href=\"/provinces/68?year=",
                        "href=\"/provinces/46?year=");
        assertThat(html).doesNotContain("href=\"/documents/", DAK_NONG_RESOLUTION, "data-province-code=");
    }

    @Test
    void dashboardsSayThereIsNothingYetRatherThanFail() throws Exception {
        MockHttpServletResponse overview =
                mvc.perform(get("/").param("year", "2024")).andReturn().getResponse();
        MockHttpServletResponse compare =
                mvc.perform(get("/compare").param("year", "2024")).andReturn().getResponse();

        assertThat(overview.getStatus()).isEqualTo(200);
        assertThat(overview.getContentAsString(StandardCharsets.UTF_8))
                .contains("Tổng quan cải cách hành chính", "Chưa có tỉnh, thành phố nào có văn bản hoặc số liệu.")
                .doesNotContain("data-province-code=");
        assertThat(compare.getStatus()).isEqualTo(200);
        assertThat(compare.getContentAsString(StandardCharsets.UTF_8))
                .contains("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)")
                .doesNotContain("data-province-code=");
    }

    @Test
    void withoutAnyResultTheDashboardsOpenOnTheCurrentYearAndSayWhy() throws Exception {
        int current = years.current();
        String overview = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(overview)
                .contains("Năm đánh giá " + current, "Năm " + current + " — năm hiện tại, vì chưa có kết quả nào")
                .containsPattern("<option value=\"" + current + "\"\\s+selected=\"selected\">");
    }

    @Test
    void provinceAndApiAnswerWithEmptyListsRatherThanErrors() throws Exception {
        MockHttpServletResponse page =
                mvc.perform(get("/provinces/67")).andReturn().getResponse();
        MockHttpServletResponse api =
                mvc.perform(get("/api/v1/provinces/67/targets")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Đắk Nông", "Chưa có văn bản nào được ghi nhận.");
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + SCHEMA + "." + table, Integer.class);
    }
}
