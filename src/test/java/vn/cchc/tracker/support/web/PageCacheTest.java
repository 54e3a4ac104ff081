package vn.cchc.tracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.tracker.support.DataVersion;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The page cache on PostgreSQL with the shipped data: a kept page costs one statement (the data version), and every
 * committed write of shown data — through the application or straight into the database — is on the next page.
 * Đắk Nông's SIPAS has no 2024 value in the shipped data, so its scorecard judges 2024 on 81,21% (2023).
 */
@ApplicationTest
class PageCacheTest {

    private static final String SCORECARD = "/provinces/67?year=2024";
    private static final String SIPAS_2024 = """
            select m.id from measurement m join province p on p.id = m.province_id
            where p.code = '67' and m.indicator_code = 'SIPAS' and m.year = 2024""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataVersion versions;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PageCacheFilter cache;

    @BeforeEach
    void startCold() {
        cache.clear();
    }

    @AfterEach
    void removeTheTestValue() {
        jdbc.update("delete from measurement where id in (" + SIPAS_2024 + ")");
    }

    @Test
    void aPageAskedForAgainIsSentFromMemoryForOneStatement() throws Exception {
        long rendered = statements(SCORECARD);
        String first = page(SCORECARD);

        assertThat(rendered).isGreaterThan(3);
        assertThat(statements(SCORECARD)).as("the data version, nothing else").isEqualTo(1);
        assertThat(page(SCORECARD)).isEqualTo(first);
    }

    @Test
    void everyKeptDashboardAndTheAttainmentApiAreSentFromMemory() throws Exception {
        for (String url : new String[] {
            "/?year=2024",
            "/provinces",
            "/compare?indicator=SIPAS&year=2024",
            "/api/v1/attainment?province=67&year=2024"
        }) {
            page(url);
            assertThat(statements(url)).as(url).isEqualTo(1);
        }
    }

    @Test
    void aResultImportedThroughTheApplicationIsOnTheNextPage() throws Exception {
        assertThat(page(SCORECARD)).contains("81,21%").doesNotContain("84,5%");

        MockMultipartFile file = new MockMultipartFile(
                "file",
                "sipas.csv",
                "text/csv",
                "province_code,indicator_code,year,value,source,note\n67,SIPAS,2024,\"84,5\",Báo cáo SIPAS 2024,\n"
                        .getBytes(StandardCharsets.UTF_8));
        int status = mvc.perform(multipart("/api/v1/measurements/import")
                        .file(file)
                        .with(httpBasic(TestAccounts.EDITOR_DAK_NONG, TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(200);

        assertThat(page(SCORECARD)).contains("84,5%");
    }

    @Test
    void aWriteStraightIntoTheDatabaseIsOnTheNextPageToo() throws Exception {
        page(SCORECARD);
        long before = versions.current();

        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2024, 84.5, 'psql', 'test', 'test' from province where code = '67'""");

        assertThat(versions.current()).isEqualTo(before + 1);
        assertThat(page(SCORECARD)).contains("84,5%");
    }

    @Test
    void aRolledBackWriteLeavesTheVersionAndTheKeptPage() throws Exception {
        page(SCORECARD);
        long before = versions.current();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("update measurement set note = 'never' where id = (select min(id) from measurement)");
            tx.setRollbackOnly();
        });

        assertThat(versions.current()).isEqualTo(before);
        assertThat(statements(SCORECARD)).isEqualTo(1);
    }

    @Test
    void oneTransactionOfManyStatementsMovesTheVersionOnce() {
        long before = versions.current();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (int i = 0; i < 3; i++) {
                jdbc.update("update measurement set note = note where id = (select min(id) from measurement)");
                jdbc.update("update target set sentence = sentence where id = (select min(id) from target)");
            }
        });

        assertThat(versions.current()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from data_change", Long.class))
                .as("nothing left behind")
                .isZero();
    }

    @Test
    void aSignedInUsersPageIsNeitherTakenFromNorGivenToReaders() throws Exception {
        String anonymous = page("/?year=2024");
        MvcResult login = mvc.perform(formLogin("/login")
                        .user(TestAccounts.EDITOR_DAK_NONG)
                        .password(TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD))
                .andReturn();
        // Spring Session's cookie (MockMvc runs without the servlet container's cookie name)
        Cookie session = java.util.Arrays.stream(login.getResponse().getCookies())
                .filter(c -> c.getName().endsWith("SESSION"))
                .findFirst()
                .orElse(null);
        assertThat(session).as("a session cookie").isNotNull();

        String signedIn = mvc.perform(get("/?year=2024").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(anonymous).doesNotContain("Biên tập viên Đắk Nông");
        assertThat(signedIn).contains("Biên tập viên Đắk Nông");
        assertThat(page("/?year=2024")).isEqualTo(anonymous);
    }

    @Test
    void eachLanguageHasItsOwnCopy() throws Exception {
        String vietnamese = page(SCORECARD);
        String english = mvc.perform(get(SCORECARD).cookie(new Cookie("cchc-lang", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(vietnamese).contains("81,21%");
        assertThat(english).contains("81.21%");
    }

    private long statements(String url) {
        return SqlStatementCounter.count(() -> page(url));
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
