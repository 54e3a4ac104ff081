package vn.cchc.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;
import static vn.cchc.tracker.testing.ShippedData.PCI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;
import static vn.cchc.tracker.testing.ShippedData.documentId;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** Documents and targets through their forms, as the Đắk Nông editor; every request rolled back. */
@ApplicationTest
@Transactional
class TargetFormsTest {

    private static final String XSS = "Đến năm 2026, đạt <script>alert('xss')</script> 95% & hơn \"thế\".";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long document;

    @BeforeEach
    void setUp() {
        TestAccounts.ensure(jdbc);
        document = documentId(jdbc, DAK_NONG_RESOLUTION);
    }

    @Test
    void aSentenceWithAScriptIsStoredAsWrittenAndShownAsText() throws Exception {
        MockHttpServletResponse saved = mvc.perform(newTarget(SIPAS, "AT_LEAST", "95", "2026", XSS))
                .andReturn()
                .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select sentence from target where document_id = ? and deadline_year = 2026",
                        String.class,
                        document))
                .isEqualTo(XSS);
        String html = mvc.perform(get("/documents/" + document))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void badInputGetsFieldErrorsAndChangesNothing() throws Exception {
        int before = targets();

        MockHttpServletResponse response = mvc.perform(newTarget(PAR_INDEX_RANK, "AT_LEAST", "0", "2031", " "))
                .andReturn()
                .getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(html)
                .contains(
                        "Hãy chép nguyên văn câu đặt chỉ tiêu trong văn bản.",
                        "Thứ hạng phải là số nguyên từ 1 đến 63.");
        assertThat(targets()).isEqualTo(before);
    }

    @Test
    void aCreatedTargetIsAuditedAndHasAHistoryPage() throws Exception {
        mvc.perform(newTarget(PCI_GROUP, "GROUP_AT_LEAST", null, "2027", "PCI thuộc nhóm khá.")
                        .param("thresholdLevel", "khá"))
                .andReturn();
        long id = jdbc.queryForObject(
                "select id from target where document_id = ? and deadline_year = 2027", Long.class, document);

        Map<String, Object> audit = jdbc.queryForMap(
                "select actor, action, province_code, new_value::text as v from audit_event "
                        + "where entity_type = 'TARGET' and entity_id = ?",
                id);
        assertThat(audit.get("actor")).isEqualTo(TestAccounts.EDITOR_DAK_NONG);
        assertThat(audit.get("province_code")).isEqualTo(DAK_NONG);
        assertThat(audit.get("v").toString()).contains("\"threshold\":\"khá\"", "PCI thuộc nhóm khá.");
        String history = mvc.perform(get("/targets/" + id + "/history")
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(history).contains("Lịch sử chỉ tiêu số " + id, TestAccounts.EDITOR_DAK_NONG, "PCI thuộc nhóm khá.");
    }

    @Test
    void aStaleEditGets409ShowingTheStoredValuesAndKeepsTheUsersInput() throws Exception {
        long id = targetWithMeasurements();
        long version = jdbc.queryForObject("select version from target where id = ?", Long.class, id);
        jdbc.update("update target set scope_note = 'sửa bởi người khác', version = version + 1 where id = ?", id);

        MockHttpServletResponse response =
                mvc.perform(edit(id, version, "phạm vi mới")).andReturn().getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(html)
                .contains(
                        "Bản ghi vừa được người khác thay đổi.",
                        "sửa bởi người khác",
                        "value=\"phạm vi mới\"",
                        "name=\"version\" value=\"" + (version + 1) + "\"");
        assertThat(jdbc.queryForObject("select scope_note from target where id = ?", String.class, id))
                .isEqualTo("sửa bởi người khác");
    }

    @Test
    void deletingATargetWithValuesBehindItAsksFirst() throws Exception {
        long id = targetWithMeasurements();
        long version = jdbc.queryForObject("select version from target where id = ?", Long.class, id);

        MockHttpServletResponse ask = mvc.perform(post("/targets/" + id + "/delete")
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("version", Long.toString(version)))
                .andReturn()
                .getResponse();
        assertThat(ask.getStatus()).isEqualTo(200);
        assertThat(ask.getContentAsString(StandardCharsets.UTF_8))
                .contains("Xóa chỉ tiêu này?", "Vẫn xóa chỉ tiêu", "name=\"confirm\"");
        assertThat(jdbc.queryForObject("select count(*) from target where id = ?", Integer.class, id))
                .isEqualTo(1);

        mvc.perform(post("/targets/" + id + "/delete")
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("version", Long.toString(version))
                        .param("confirm", "true"))
                .andReturn();

        assertThat(jdbc.queryForObject("select count(*) from target where id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select action from audit_event where entity_type = 'TARGET' and entity_id = ?",
                        String.class,
                        id))
                .isEqualTo("DELETE");
    }

    @Test
    void anEditorOfAnotherProvinceCannotChangeThisDocumentsTargets() throws Exception {
        long id = targetWithMeasurements();

        MockHttpServletResponse response = mvc.perform(post("/targets/" + id)
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_BINH_DINH).roles("EDITOR"))
                        .param("version", "0")
                        .param("sentence", "x"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void aDocumentIsCreatedEditedAndItsDeletionConfirmedWithItsTargetsAudited() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/provinces/67/documents")
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("number", "99-KH/UBND")
                        .param("kind", "PLAN")
                        .param("issuingBody", "UBND tỉnh Đắk Nông")
                        .param("issueDate", "2024-01-15")
                        .param("title", "Kế hoạch CCHC năm 2024")
                        .param("periodFrom", "2024")
                        .param("periodTo", "2024")
                        .param("source", "Cổng thông tin tỉnh"))
                .andReturn()
                .getResponse();
        long id = documentId(jdbc, "99-KH/UBND");
        assertThat(created.getRedirectedUrl()).isEqualTo("/documents/" + id);

        MockHttpServletResponse duplicate = mvc.perform(post("/provinces/67/documents")
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("number", "99-KH/UBND")
                        .param("kind", "PLAN")
                        .param("issuingBody", "x")
                        .param("issueDate", "2024-02-01")
                        .param("title", "t")
                        .param("source", "s"))
                .andReturn()
                .getResponse();
        assertThat(duplicate.getContentAsString(StandardCharsets.UTF_8))
                .contains("Tỉnh đã có văn bản số “99-KH/UBND”.");

        mvc.perform(post("/documents/" + id + "/targets")
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("indicatorCode", SIPAS)
                        .param("comparison", "AT_LEAST")
                        .param("thresholdValue", "85")
                        .param("deadlineYear", "2024")
                        .param("sentence", "SIPAS đạt 85%."))
                .andReturn();
        MockHttpServletResponse ask = mvc.perform(post("/documents/" + id + "/delete")
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(ask.getContentAsString(StandardCharsets.UTF_8)).contains("Văn bản này có 1 chỉ tiêu");

        mvc.perform(post("/documents/" + id + "/delete")
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("version", "0")
                        .param("confirm", "true"))
                .andReturn();

        assertThat(jdbc.queryForObject("select count(*) from document where id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select entity_type || ':' || action from audit_event where province_code = '67' "
                                + "and entity_type in ('DOCUMENT', 'TARGET') and id > (select max(id) - 10 from audit_event) order by id",
                        String.class))
                .containsSubsequence("DOCUMENT:CREATE", "TARGET:CREATE", "TARGET:DELETE", "DOCUMENT:DELETE");
    }

    private MockHttpServletRequestBuilder newTarget(
            String indicator, String comparison, String value, String deadline, String sentence) {
        MockHttpServletRequestBuilder request = post("/documents/" + document + "/targets")
                .with(csrf())
                .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                .param("indicatorCode", indicator)
                .param("comparison", comparison)
                .param("deadlineYear", deadline)
                .param("sentence", sentence);
        if (value != null) {
            request.param("thresholdValue", value);
        }
        return request;
    }

    private MockHttpServletRequestBuilder edit(long id, long version, String scopeNote) {
        Map<String, Object> t = jdbc.queryForMap("select * from target where id = ?", id);
        return post("/targets/" + id)
                .with(csrf())
                .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                .param("version", Long.toString(version))
                .param("indicatorCode", (String) t.get("indicator_code"))
                .param("comparison", (String) t.get("comparison"))
                .param("thresholdValue", t.get("threshold_value").toString())
                .param("deadlineYear", t.get("deadline_year").toString())
                .param("sentence", (String) t.get("sentence"))
                .param("scopeNote", scopeNote);
    }

    /** The SIPAS 2025 target of 20-NQ/TU: Đắk Nông has SIPAS values for 2022 and 2023. */
    private long targetWithMeasurements() {
        return jdbc.queryForObject(
                "select min(id) from target where document_id = ? and indicator_code = 'SIPAS'", Long.class, document);
    }

    private int targets() {
        return jdbc.queryForObject("select count(*) from target", Integer.class);
    }
}
