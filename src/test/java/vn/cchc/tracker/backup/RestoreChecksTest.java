package vn.cchc.tracker.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.tablefile.UploadedFile;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.HttpUploads;

/**
 * A backup's documents and targets are checked by the rules their forms check, and a bad one is refused with each
 * form's own message on its part, row and column — in the service and on the restore page.
 */
@ApplicationTest
class RestoreChecksTest {

    /** After the export's four documents (rows 2–5): issued on a day written the wrong way, its period backwards. */
    private static final String BAD_DOCUMENT =
            "67,,2-NQ/TN,RESOLUTION,Ban thử nghiệm,30/06/2020,Văn bản thử nghiệm,2025,2020,Nguồn thử nghiệm\r\n";
    /** After the export's 72 targets (rows 2–73), in the bad document, which is known despite its problems. */
    private static final String BAD_TARGETS = """
            67,,2-NQ/TN,1,SIPAS,RANK_AT_BEST,90,,2025,,,,Câu chữ,\r
            67,,2-NQ/TN,2,PAR_INDEX_RANK,RANK_AT_BEST,70,,2025,,,,Câu chữ,\r
            67,,2-NQ/TN,3,SIPAS,AT_LEAST,90,,2025,2030,,,Câu chữ,\r
            67,,2-NQ/TN,4,SIPAS,AT_LEAST,.5,,2025,,,,,\r
            """;

    @Autowired
    FullDataExportService export;

    @BeforeEach
    void emptyTheDestination() {
        EmptyInstallation.empty();
    }

    @Test
    void documentsAndTargetsAreRefusedWithTheirFormsMessagesOnTheirPartRowAndColumn() throws Exception {
        RestoreException refused = catchThrowableOfType(RestoreException.class, () -> EmptyInstallation.restore()
                .restore(UploadedFile.of("backup.zip", badBackup()), FullDataRoundTripTest.ADMIN));

        assertThat(refused.problems())
                .extracting(
                        PartProblem::part,
                        p -> p.problem().row(),
                        p -> p.problem().column(),
                        p -> p.problem().messageKey())
                .containsExactly(
                        tuple("documents.csv", 7, "issue_date", "form.error.date"),
                        tuple("documents.csv", 7, "period_to", "document.error.period"),
                        tuple("targets.csv", 74, "comparison", "target.error.rankComparisonNeedsRank"),
                        tuple("targets.csv", 75, "threshold_value", "value.error.rank"),
                        tuple("targets.csv", 76, "baseline_year", "target.error.baselineAfterDeadline"),
                        tuple("targets.csv", 77, "threshold_value", "value.error.number"),
                        tuple("targets.csv", 77, "sentence", "target.error.sentenceRequired"));
        assertThat(refused.problems())
                .allSatisfy(p -> assertThat(p.problem().type()).isInstanceOf(FormRule.class));
        assertThat(count("document") + count("target")).isZero();
    }

    @Test
    void theRestorePageListsTheFormsMessages() throws Exception {
        String url = "http://localhost:"
                + EmptyInstallation.get().getEnvironment().getProperty("local.server.port") + "/admin/restore";

        HttpResponse<String> refused = HttpUploads.post(
                HttpClient.newHttpClient(), url, "admin", "admin-demo-2026", "sao-luu.zip", badBackup(), Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "documents.csv",
                        "issue_date",
                        "Ngày không hợp lệ.",
                        "Năm kết thúc phải sau hoặc bằng năm bắt đầu.",
                        "targets.csv",
                        "threshold_value",
                        "Thứ hạng phải là số nguyên từ 1 đến 63.",
                        "Năm gốc phải trước năm hoàn thành.",
                        "Hãy chép nguyên văn câu đặt chỉ tiêu trong văn bản.");
        assertThat(count("document")).isZero();
    }

    private byte[] badBackup() throws Exception {
        Map<String, String> parts = BackupZips.parts(export.exportZip());
        parts.put("documents.csv", parts.get("documents.csv") + BAD_DOCUMENT);
        parts.put("targets.csv", parts.get("targets.csv") + BAD_TARGETS);
        return BackupZips.zip(parts);
    }

    private static int count(String table) {
        Integer n = EmptyInstallation.get()
                .getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from " + table, Integer.class);
        return n == null ? 0 : n;
    }
}
