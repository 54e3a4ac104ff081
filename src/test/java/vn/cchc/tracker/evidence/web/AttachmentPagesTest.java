package vn.cchc.tracker.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.evidence.AttachmentCheck;
import vn.cchc.tracker.evidence.Narratives;
import vn.cchc.tracker.evidence.TinyFiles;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** Uploading, downloading and deleting a narrative's attachments through the pages, as each kind of user. */
@ApplicationTest
@Transactional
class AttachmentPagesTest {

    private static final RequestPostProcessor EDITOR =
            user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR");
    private static final RequestPostProcessor OTHER_EDITOR =
            user(TestAccounts.EDITOR_BINH_DINH).roles("EDITOR");
    private static final RequestPostProcessor REVIEWER =
            user(TestAccounts.REVIEWER).roles("VIEWER");
    private static final RequestPostProcessor VIEWER = user(TestAccounts.VIEWER).roles("VIEWER");
    private static final RequestPostProcessor ADMIN = user(TestAccounts.ADMIN).roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long narrative;

    @BeforeEach
    void narrative() {
        TestAccounts.ensure(jdbc);
        narrative = Narratives.dakNong(jdbc);
    }

    @Test
    void anEditorAttachesARealPngAndItComesBackAsADownloadWithItsCheckedTypeAndVietnameseName() throws Exception {
        byte[] png = TinyFiles.png();
        MvcResult uploaded = upload(EDITOR, "Ảnh chụp biên bản.png", "image/png", png);

        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/narratives/" + narrative + "/attachments");
        assertThat(uploaded.getFlashMap().get("notice")).isEqualTo("attachment.notice.uploaded");
        long id = onlyAttachment();
        assertThat(jdbc.queryForMap(
                        "select file_name, content_type, size_bytes from narrative_attachment where id = ?", id))
                .containsEntry("file_name", "Ảnh chụp biên bản.png")
                .containsEntry("content_type", "image/png")
                .containsEntry("size_bytes", png.length);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'ATTACHMENT' and action = 'CREATE'"
                                + " and entity_id = ? and province_code = '67' and actor = ?",
                        Integer.class,
                        id,
                        TestAccounts.EDITOR_DAK_NONG))
                .isEqualTo(1);

        MockHttpServletResponse file =
                mvc.perform(get("/attachments/" + id).with(EDITOR)).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("image/png");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E1%BA%A2nh%20ch%E1%BB%A5p%20bi%C3%AAn%20b%E1%BA%A3n.png");
        assertThat(file.getContentAsByteArray()).isEqualTo(png);
    }

    @Test
    void aPdfIsKeptAsPdfWhateverTypeTheBrowserClaimed() throws Exception {
        upload(EDITOR, "bao-cao.pdf", "application/octet-stream", TinyFiles.pdf());

        assertThat(jdbc.queryForObject(
                        "select content_type from narrative_attachment where id = ?", String.class, onlyAttachment()))
                .isEqualTo("application/pdf");
    }

    @Test
    void aProgramRenamedPdfAndAWebPageSentAsPngAreRefusedWithAClearMessageAndNothingIsKept() throws Exception {
        MvcResult exe = upload(EDITOR, "bao-cao.pdf", "application/pdf", TinyFiles.exe());
        MvcResult html = upload(EDITOR, "anh.png", "image/png", TinyFiles.html());

        assertThat((String) exe.getFlashMap().get("attachmentProblem"))
                .startsWith("Nội dung của bao-cao.pdf không phải PDF hay ảnh");
        assertThat((String) html.getFlashMap().get("attachmentProblem"))
                .isEqualTo("Nội dung của anh.png không phải PDF hay ảnh (mà là text/html); chỉ đính kèm được tệp PDF,"
                        + " PNG, JPEG, GIF và WebP.");
        assertThat(count()).isZero();
    }

    @Test
    void aFileOverTenMegabytesIsRefusedSayingTheLimit() throws Exception {
        byte[] big = Arrays.copyOf(TinyFiles.pdf(), AttachmentCheck.MAX_BYTES + 1);

        MvcResult result = mvc.perform(multipart("/narratives/" + narrative + "/attachments")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", big))
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn();

        assertThat((String) result.getFlashMap().get("attachmentProblem"))
                .isEqualTo("Tệp scan.pdf lớn hơn 10 MB, giới hạn của một tệp đính kèm; chưa đính kèm gì.");
        assertThat(count()).isZero();
    }

    @Test
    void theFormSendsTheUserBackToThePageItWasOnButNeverToAnotherSite() throws Exception {
        MvcResult local = mvc.perform(multipart("/narratives/" + narrative + "/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", TinyFiles.pdf()))
                        .param("back", "/provinces/67/narratives?year=2024")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn();
        assertThat(local.getResponse().getRedirectedUrl()).isEqualTo("/provinces/67/narratives?year=2024");

        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example", "/\\evil.example"}) {
            MvcResult refused = mvc.perform(post("/attachments/" + onlyAttachment() + "/delete")
                            .param("back", elsewhere)
                            .with(EDITOR)
                            .with(csrf()))
                    .andReturn();
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/narratives/" + narrative + "/attachments");
            upload(EDITOR, "a.pdf", "application/pdf", TinyFiles.pdf());
        }
    }

    @Test
    void onlyTheProvinceEditorsReviewersAndAdminsDownloadNeverAnonymousUsersOrAnotherProvince() throws Exception {
        upload(EDITOR, "bao-cao.pdf", "application/pdf", TinyFiles.pdf());
        String url = "/attachments/" + onlyAttachment();

        assertThat(mvc.perform(get(url)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        Map<String, RequestPostProcessor> users = Map.of(
                "viewer", VIEWER, "other editor", OTHER_EDITOR, "editor", EDITOR, "reviewer", REVIEWER, "admin", ADMIN);
        Map<String, Integer> expected =
                Map.of("viewer", 403, "other editor", 403, "editor", 200, "reviewer", 200, "admin", 200);
        expected.forEach((who, status) -> {
            try {
                assertThat(mvc.perform(get(url).with(users.get(who)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(who)
                        .isEqualTo(status);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anotherProvinceEditorAndAReviewerCannotAttachOrDelete() throws Exception {
        assertThat(upload(OTHER_EDITOR, "a.pdf", "application/pdf", TinyFiles.pdf())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(upload(REVIEWER, "a.pdf", "application/pdf", TinyFiles.pdf())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(count()).isZero();

        upload(EDITOR, "a.pdf", "application/pdf", TinyFiles.pdf());
        long id = onlyAttachment();
        for (RequestPostProcessor who : new RequestPostProcessor[] {OTHER_EDITOR, REVIEWER}) {
            assertThat(mvc.perform(post("/attachments/" + id + "/delete")
                                    .with(who)
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void theProvinceEditorDeletesAnAttachmentAndTheDeleteIsAudited() throws Exception {
        upload(EDITOR, "a.pdf", "application/pdf", TinyFiles.pdf());
        long id = onlyAttachment();

        MvcResult deleted = mvc.perform(
                        post("/attachments/" + id + "/delete").with(EDITOR).with(csrf()))
                .andReturn();

        assertThat(deleted.getFlashMap().get("notice")).isEqualTo("attachment.notice.deleted");
        assertThat(count()).isZero();
        assertThat(jdbc.queryForObject(
                        "select old_value::text from audit_event where entity_type = 'ATTACHMENT' and action = 'DELETE'"
                                + " and entity_id = ?",
                        String.class,
                        id))
                .contains("\"file\":\"a.pdf\"")
                .contains("application/pdf");
    }

    @Test
    void thePageListsTheFilesWithAnUploadFormForTheEditorAndOnlyTheListForAReviewer() throws Exception {
        upload(EDITOR, "bao-cao.pdf", "application/pdf", TinyFiles.pdf());

        String editorPage = mvc.perform(
                        get("/narratives/" + narrative + "/attachments").with(EDITOR))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String reviewerPage = mvc.perform(
                        get("/narratives/" + narrative + "/attachments").with(REVIEWER))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(editorPage)
                .contains("bao-cao.pdf")
                .contains("enctype=\"multipart/form-data\"")
                .contains("name=\"_csrf\"")
                .contains("/attachments/" + onlyAttachment() + "/delete");
        assertThat(reviewerPage)
                .contains("bao-cao.pdf")
                .doesNotContain("multipart/form-data")
                .doesNotContain("/delete");
        assertThat(mvc.perform(get("/narratives/" + narrative + "/attachments").with(OTHER_EDITOR))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/narratives/999999/attachments").with(EDITOR))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private MvcResult upload(RequestPostProcessor who, String name, String type, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/narratives/" + narrative + "/attachments")
                        .file(new MockMultipartFile("file", name, type, bytes))
                        .with(who)
                        .with(csrf()))
                .andReturn();
    }

    private long onlyAttachment() {
        return jdbc.queryForObject(
                "select max(id) from narrative_attachment where narrative_id = ?", Long.class, narrative);
    }

    private int count() {
        return jdbc.queryForObject(
                "select count(*) from narrative_attachment where narrative_id = ?", Integer.class, narrative);
    }
}
