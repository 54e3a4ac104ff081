package vn.cchc.tracker.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * {@code POST /api/v1/measurements/import} on PostgreSQL with the shipped data, through the real security chain
 * (HTTP Basic with the demo and test accounts). Each test runs in a transaction that is rolled back.
 */
@ApplicationTest
@Transactional
class ImportApiTest {

    private static final String URL = "/api/v1/measurements/import";
    private static final String HEADER = "province_code,indicator_code,year,value,source,note\n";
    private static final String EDITOR = TestAccounts.EDITOR_DAK_NONG;
    private static final String EDITOR_PASSWORD = TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @Test
    void anEditorImportsAGoodFileWithHttpBasicAndGetsTheCountsAndOneAuditedImport() throws Exception {
        String file = HEADER
                + "67,SIPAS,2024,\"84,5\",Báo cáo SIPAS 2024,\n"
                + "67,SIPAS,2023,82,Báo cáo đính chính SIPAS 2023,đính chính\n"
                + "67,PAPI_GROUP,2024,trung bình cao,Báo cáo PAPI 2024,\n";

        MockHttpServletResponse response = post(csv("ket-qua.csv", file), EDITOR, EDITOR_PASSWORD, "false");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("fileName").asString()).isEqualTo("ket-qua.csv");
        assertThat(body.path("dryRun").asBoolean()).isFalse();
        assertThat(body.path("rows").asInt()).isEqualTo(3);
        assertThat(body.path("created").asInt()).isEqualTo(2);
        assertThat(body.path("updated").asInt()).isEqualTo(1);
        assertThat(body.path("unchanged").asInt()).isZero();
        assertThat(value(SIPAS, 2024)).isEqualByComparingTo("84.5");
        assertThat(value(SIPAS, 2023)).isEqualByComparingTo("82");
        assertThat(jdbc.queryForObject("""
                select m.value_level from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = 'PAPI_GROUP' and m.year = 2024""", String.class)).isEqualTo("trung bình cao");
        List<Map<String, Object>> audit = jdbc.queryForList("""
                select entity_type, action, actor, new_value::text as new_value from audit_event
                where origin = 'import: ket-qua.csv' order by id""");
        assertThat(audit)
                .extracting(r -> r.get("entity_type"), r -> r.get("action"), r -> r.get("actor"))
                .containsExactly(
                        tuple("MEASUREMENT", "CREATE", EDITOR), tuple("MEASUREMENT", "CREATE", EDITOR),
                        tuple("MEASUREMENT", "UPDATE", EDITOR), tuple("IMPORT", "CREATE", EDITOR));
        assertThat(audit.get(3).get("new_value").toString())
                .contains("\"file\":\"ket-qua.csv\"", "\"created\":2", "\"updated\":1", "\"unchanged\":0");
    }

    @Test
    void theSameFileTwiceIsAllUnchangedTheSecondTime() throws Exception {
        String file = HEADER + "67,SIPAS,2024,84.5,Báo cáo SIPAS 2024,\n67,DOSSIER_ON_TIME_RATE,2024,97,Báo cáo,\n";
        assertThat(post(csv("kq.csv", file), EDITOR, EDITOR_PASSWORD, null).getStatus())
                .isEqualTo(200);
        long auditRows = auditCount();

        JsonNode second = json(post(csv("kq.csv", file), EDITOR, EDITOR_PASSWORD, null));

        assertThat(second.path("created").asInt()).isZero();
        assertThat(second.path("updated").asInt()).isZero();
        assertThat(second.path("unchanged").asInt()).isEqualTo(2);
        assertThat(auditCount()).isEqualTo(auditRows);
    }

    @Test
    void oneBadRowAmongManyRefusesTheWholeFileWith422ListingEveryProblemAndWritesNothing() throws Exception {
        StringBuilder file = new StringBuilder(HEADER);
        for (int year = 2005; year <= 2024; year++) {
            file.append("67,DOSSIER_ONLINE_RATE,")
                    .append(year)
                    .append(",50,Báo cáo năm ")
                    .append(year)
                    .append(",\n");
        }
        file.append("67,SIPAS,2024,104.5,Báo cáo,\n"); // row 22: out of range
        file.append("67,PAR_INDEX_RANK,2024,12,,\n"); // row 23: no source
        file.append("67,DOSSIER_ONLINE_RATE,2010,51,Báo cáo,\n"); // row 24: repeats row 7
        long before = measurementCount();

        MockHttpServletResponse response =
                post(csv("nhieu-dong.csv", file.toString()), EDITOR, EDITOR_PASSWORD, "false");

        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode body = json(response);
        assertThat(body.path("status").asInt()).isEqualTo(422);
        assertThat(body.path("message").asString()).isEqualTo("Tệp có 3 lỗi; không có gì được ghi.");
        assertThat(problems(body))
                .containsExactly(
                        "22|value|Giá trị “104.5” nằm ngoài khoảng hợp lệ 0 – 100 của chỉ tiêu SIPAS.",
                        "23|source|Thiếu nguồn số liệu (văn bản, báo cáo hoặc bài viết công bố kết quả).",
                        "24|null|Trùng tỉnh – chỉ tiêu – năm với dòng 7.");
        assertThat(measurementCount()).isEqualTo(before);
    }

    @Test
    void problemsOfTheFileAsAWholeAre422InTheRequestedLanguage() throws Exception {
        MockHttpServletResponse unknownColumn = post(
                csv(
                        "kq.csv",
                        "province_code,indicator_code,year,value,source,note,ghi_chu\n"
                                + "67,SIPAS,2024,85,Báo cáo,,x\n"),
                EDITOR,
                EDITOR_PASSWORD,
                null,
                "en");
        MockHttpServletResponse empty = post(csv("trong.csv", ""), EDITOR, EDITOR_PASSWORD, null, "en");
        MockHttpServletResponse windows1252 = post(
                new MockMultipartFile(
                        "file",
                        "kq.csv",
                        "text/csv",
                        (HEADER + "67,SIPAS,2024,85,Báo cáo tháng Tư,\n")
                                .getBytes(java.nio.charset.Charset.forName("windows-1258"))),
                EDITOR,
                EDITOR_PASSWORD,
                null,
                "en");

        assertThat(unknownColumn.getStatus()).isEqualTo(422);
        assertThat(problems(json(unknownColumn)))
                .singleElement()
                .asString()
                .startsWith("1|ghi_chu|Column “ghi_chu” is not part of the layout.");
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(problems(json(empty))).singleElement().asString().startsWith("null|null|");
        assertThat(windows1252.getStatus()).isEqualTo(422);
        assertThat(problems(json(windows1252))).singleElement().asString().contains("UTF-8");
    }

    @Test
    void aRowOfAnotherProvinceIsRefusedWith403ListingItAndNothingIsWritten() throws Exception {
        String file = HEADER + "67,SIPAS,2024,85,Báo cáo,\n52,SIPAS,2024,85,Báo cáo,\n";
        long before = measurementCount();

        MockHttpServletResponse response = post(csv("kq.csv", file), EDITOR, EDITOR_PASSWORD, null);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(problems(json(response)))
                .containsExactly(
                        "3|province_code|Tài khoản của bạn không được nhập số liệu của tỉnh, thành phố mã 52.");
        assertThat(measurementCount()).isEqualTo(before);
    }

    @Test
    void aRowOfAnApprovedYearIsRefusedWith409AndNothingIsWritten() throws Exception {
        jdbc.update("insert into result_approval (province_code, year, approved_by) values ('67', 2023, 'admin')");
        String file = HEADER + "67,SIPAS,2024,85,Báo cáo,\n67,SIPAS,2023,83,Báo cáo,\n";
        BigDecimal before = value(SIPAS, 2023);

        MockHttpServletResponse response = post(csv("kq.csv", file), EDITOR, EDITOR_PASSWORD, null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(problems(json(response)))
                .singleElement()
                .asString()
                .startsWith("3|year|Kết quả năm 2023 của tỉnh, thành phố mã 67 đã được phê duyệt");
        assertThat(value(SIPAS, 2023)).isEqualByComparingTo(before);
        assertThat(count("select count(*) from measurement m join province p on p.id = m.province_id "
                        + "where p.code = '67' and m.indicator_code = 'SIPAS' and m.year = 2024"))
                .isZero();
    }

    @Test
    void aDryRunAnswersTheCountsAndWritesNothing() throws Exception {
        String file = HEADER + "67,SIPAS,2024,85,Báo cáo,\n67,SIPAS,2023,83,Báo cáo,\n";
        long measurements = measurementCount();
        long audit = auditCount();

        JsonNode body = json(post(csv("kq.csv", file), EDITOR, EDITOR_PASSWORD, "true"));

        assertThat(body.path("dryRun").asBoolean()).isTrue();
        assertThat(body.path("created").asInt()).isEqualTo(1);
        assertThat(body.path("updated").asInt()).isEqualTo(1);
        assertThat(measurementCount()).isEqualTo(measurements);
        assertThat(auditCount()).isEqualTo(audit);
        assertThat(value(SIPAS, 2023)).isEqualByComparingTo("81.21");
    }

    @Test
    void anAdminImportsAnyProvinceAndAnXlsxFileIsReadLikeACsv() throws Exception {
        byte[] xlsx = vn.cchc.tracker.tablefile.Workbooks.xlsxOfTexts(
                new String[] {"province_code", "indicator_code", "year", "value", "source", "note"},
                new String[] {"52", "SIPAS", "2024", "86,25", "Báo cáo Bình Định", ""},
                new String[] {"67", "SIPAS", "2024", "85", "Báo cáo Đắk Nông", ""});

        MockHttpServletResponse response = post(
                new MockMultipartFile(
                        "file",
                        "ket-qua.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx),
                TestAccounts.ADMIN,
                TestAccounts.ADMIN_DEMO_PASSWORD,
                null);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(json(response).path("created").asInt()).isEqualTo(2);
    }

    @Test
    void withoutCredentialsOrWithWrongOnesTheApiAnswers401AndAViewer403() throws Exception {
        MockMultipartFile file = csv("kq.csv", HEADER + "67,SIPAS,2024,85,Báo cáo,\n");

        MockHttpServletResponse anonymous =
                mvc.perform(multipart(URL).file(file)).andReturn().getResponse();
        MockHttpServletResponse wrong = post(file, EDITOR, "not-the-password", null);
        MockHttpServletResponse viewer = post(file, TestAccounts.VIEWER, TestAccounts.PASSWORD, null);

        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader("WWW-Authenticate"))
                .as("no challenge, so browsers never cache Basic credentials")
                .isNull();
        assertThat(viewer.getStatus()).isEqualTo(403);
        assertThat(dakNongCount(SIPAS, 2024)).isZero();
        jdbc.update("update account set failed_attempts = 0 where username = ?", EDITOR);
    }

    @Test
    void aSessionAuthenticatedPostNeedsTheCsrfTokenButABasicAuthenticatedOneDoesNot() throws Exception {
        MockMultipartFile file = csv("kq.csv", HEADER + "67,SIPAS,2024,85,Báo cáo,\n");

        MockHttpServletResponse sessionWithoutToken = mvc.perform(
                        multipart(URL).file(file).with(user(EDITOR).roles("EDITOR")))
                .andReturn()
                .getResponse();
        MockHttpServletResponse sessionWithToken = mvc.perform(multipart(URL)
                        .file(file)
                        .param("dryRun", "true")
                        .with(user(EDITOR).roles("EDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        MockHttpServletResponse basicWithoutToken = post(file, EDITOR, EDITOR_PASSWORD, "true");

        assertThat(sessionWithoutToken.getStatus()).isEqualTo(403);
        assertThat(sessionWithToken.getStatus()).isEqualTo(200);
        assertThat(basicWithoutToken.getStatus()).isEqualTo(200);
    }

    @Test
    void aMissingFileOrAnUnclearDryRunIs400NamingTheParameter() throws Exception {
        MockHttpServletResponse noFile = mvc.perform(
                        multipart(URL).param("dryRun", "true").with(httpBasic(EDITOR, EDITOR_PASSWORD)))
                .andReturn()
                .getResponse();
        MockHttpServletResponse badDryRun =
                post(csv("kq.csv", HEADER + "67,SIPAS,2024,85,Báo cáo,\n"), EDITOR, EDITOR_PASSWORD, "yes");

        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(json(noFile).path("parameter").asString()).isEqualTo("file");
        assertThat(badDryRun.getStatus()).isEqualTo(400);
        assertThat(json(badDryRun).path("parameter").asString()).isEqualTo("dryRun");
    }

    private MockHttpServletResponse post(MockMultipartFile file, String username, String password, String dryRun)
            throws Exception {
        return post(file, username, password, dryRun, null);
    }

    private MockHttpServletResponse post(
            MockMultipartFile file, String username, String password, String dryRun, String lang) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(URL).file(file);
        if (dryRun != null) {
            request.param("dryRun", dryRun);
        }
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request.with(httpBasic(username, password)))
                .andReturn()
                .getResponse();
    }

    private static MockMultipartFile csv(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** "row|column|message" for each listed problem. */
    private static List<String> problems(JsonNode body) {
        List<String> all = new ArrayList<>();
        body.path("problems")
                .forEach(p -> all.add((p.path("row").isNull()
                                ? "null"
                                : p.path("row").asString()) + "|"
                        + (p.path("column").isNull() ? "null" : p.path("column").asString()) + "|"
                        + p.path("message").asString()));
        return all;
    }

    private BigDecimal value(String indicator, int year) {
        return jdbc.queryForObject("""
                select m.value_number from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", BigDecimal.class, indicator, year);
    }

    private long measurementCount() {
        return count("select count(*) from measurement");
    }

    /** Đắk Nông's results of an indicator and year (other provinces have published ones). */
    private long dakNongCount(String indicator, int year) {
        return jdbc.queryForObject("""
                select count(*) from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", Long.class, indicator, year);
    }

    private long auditCount() {
        return count("select count(*) from audit_event");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
