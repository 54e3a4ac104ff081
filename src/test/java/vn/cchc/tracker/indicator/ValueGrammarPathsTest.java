package vn.cchc.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.backup.BackupZips;
import vn.cchc.tracker.backup.EmptyInstallation;
import vn.cchc.tracker.backup.FullDataLayout;
import vn.cchc.tracker.backup.RestoreException;
import vn.cchc.tracker.importing.ImportColumn;
import vn.cchc.tracker.importing.ImportPreview;
import vn.cchc.tracker.importing.ImportPreviewService;
import vn.cchc.tracker.importing.ImportRowStatus;
import vn.cchc.tracker.importing.PreviewRow;
import vn.cchc.tracker.indicator.ValueGrammarCases.Case;
import vn.cchc.tracker.tablefile.UploadedFile;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Every written value of {@link ValueGrammarCases} gets the same verdict — stored as the same value, or refused —
 * through the three ways a value comes in, on PostgreSQL: saving the results grid, previewing an import, restoring a
 * backup. The grid's saves are rolled back; the restore goes into {@link EmptyInstallation}.
 */
@ApplicationTest
@Transactional
class ValueGrammarPathsTest {

    /** What a path made of a written value: the value stored (level, or number without trailing zeros), or refused. */
    private static final String REFUSED = "refused";

    private static final Actor ADMIN = Actor.of("grammar-test", Role.ADMIN, Set.of(), false);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportPreviewService imports;

    @Test
    void theResultsGridStoresOrRefusesEachValueAsTheTableSays() throws Exception {
        for (Case c : ValueGrammarCases.CASES) {
            Long version = version(jdbc, "67", c.indicator(), 2022);
            MockHttpServletRequestBuilder save = post("/provinces/67/results/2022")
                    .with(csrf())
                    .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                    .param("rows[0].indicatorCode", c.indicator())
                    .param("rows[0].value", c.written())
                    .param("rows[0].source", "Nguồn kiểm thử");
            if (version != null) {
                save.param("rows[0].version", version.toString());
            }
            int status = mvc.perform(save).andReturn().getResponse().getStatus();

            assertThat(status).as(c.toString()).isEqualTo(c.accepted() ? 302 : 422);
            if (c.accepted()) {
                assertThat(stored(jdbc, "67", c.indicator(), 2022))
                        .as(c.toString())
                        .isEqualTo(c.stored());
            }
        }
    }

    @Test
    void anImportPreviewStoresOrRefusesEachValueAsTheTableSays() {
        ImportPreview preview = imports.preview(UploadedFile.of("bang.csv", resultsFile(ValueGrammarCases.CASES)));

        assertThat(preview.fileProblems()).isEmpty();
        List<String> verdicts = new ArrayList<>();
        for (PreviewRow row : preview.rows()) {
            if (row.status() == ImportRowStatus.ERROR) {
                assertThat(row.problems()).extracting(p -> p.column()).containsExactly("value");
                verdicts.add(REFUSED);
            } else {
                verdicts.add(ValueGrammarCases.stored(
                        row.incoming().valueNumber(), row.incoming().valueLevel()));
            }
        }

        assertThat(verdicts).containsExactlyElementsOf(expected(ValueGrammarCases.CASES));
    }

    @Test
    void aRestoreStoresOrRefusesEachValueAsTheTableSays() throws Exception {
        EmptyInstallation.empty();
        RestoreException refused = catchThrowableOfType(RestoreException.class, () -> EmptyInstallation.restore()
                .restore(backup(ValueGrammarCases.CASES), ADMIN));
        List<Case> accepted =
                ValueGrammarCases.CASES.stream().filter(Case::accepted).toList();
        EmptyInstallation.restore().restore(backup(accepted), ADMIN);

        Map<Integer, String> verdicts = new HashMap<>();
        refused.problems().forEach(p -> {
            assertThat(p.part()).isEqualTo(FullDataLayout.MEASUREMENTS);
            assertThat(p.problem().column()).isEqualTo("value");
            verdicts.put(p.problem().row(), REFUSED);
        });
        JdbcTemplate restored = EmptyInstallation.get().getBean(JdbcTemplate.class);
        List<String> inOrder = new ArrayList<>();
        for (int i = 0; i < ValueGrammarCases.CASES.size(); i++) {
            Case c = ValueGrammarCases.CASES.get(i);
            inOrder.add(verdicts.getOrDefault(
                    i + 2,
                    c.accepted()
                            ? stored(restored, "46", c.indicator(), year(accepted.indexOf(c)))
                            : "neither refused nor stored"));
        }
        EmptyInstallation.empty();

        assertThat(inOrder).containsExactlyElementsOf(expected(ValueGrammarCases.CASES));
    }

    private static List<String> expected(List<Case> cases) {
        return cases.stream().map(c -> c.accepted() ? c.stored() : REFUSED).toList();
    }

    /** One results row per case in the import layout, under Thừa Thiên Huế (46), a year each from 1990. */
    private static byte[] resultsFile(List<Case> cases) {
        StringBuilder csv = new StringBuilder(String.join(",", ImportColumn.headers())).append("\r\n");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            csv.append("46,")
                    .append(c.indicator())
                    .append(',')
                    .append(year(i))
                    .append(",\"")
                    .append(c.written())
                    .append("\",Nguồn kiểm thử,\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A backup of nothing but these results (its other parts hold their header only). */
    private static UploadedFile backup(List<Case> cases) throws Exception {
        Map<String, String> parts = new HashMap<>();
        parts.put(FullDataLayout.PROVINCES, String.join(",", FullDataLayout.PROVINCE_COLUMNS) + "\r\n");
        parts.put(FullDataLayout.DOCUMENTS, String.join(",", FullDataLayout.DOCUMENT_COLUMNS) + "\r\n");
        parts.put(FullDataLayout.TARGETS, String.join(",", FullDataLayout.TARGET_COLUMNS) + "\r\n");
        parts.put(FullDataLayout.MEASUREMENTS, new String(resultsFile(cases), StandardCharsets.UTF_8));
        return UploadedFile.of("bang.zip", BackupZips.zip(parts));
    }

    private static int year(int index) {
        return 1990 + index;
    }

    private static Long version(JdbcTemplate jdbc, String code, String indicator, int year) {
        return jdbc.query("""
                select m.version from measurement m join province p on p.id = m.province_id
                where p.code = ? and m.indicator_code = ? and m.year = ?""", rs -> rs.next() ? rs.getLong(1) : null, code, indicator, year);
    }

    private static String stored(JdbcTemplate jdbc, String code, String indicator, int year) {
        return jdbc.query(
                """
                select m.value_number, m.value_level from measurement m join province p on p.id = m.province_id
                where p.code = ? and m.indicator_code = ? and m.year = ?""",
                rs -> rs.next() ? ValueGrammarCases.stored(rs.getObject(1, BigDecimal.class), rs.getString(2)) : null,
                code,
                indicator,
                year);
    }
}
