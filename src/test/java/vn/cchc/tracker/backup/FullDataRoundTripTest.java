package vn.cchc.tracker.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.backup.FullDataRestoreService.RestoreResult;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.importing.RowProblem;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.tablefile.UploadedFile;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Export → restore into an empty database → the same attainment for every target, year and language. The source
 * is the shipped data (schema "cchc", shared read-only with the other tests); the destination is a second
 * application started on its own schema without shipped data ({@link EmptyInstallation}), emptied before each test.
 */
@ApplicationTest
class FullDataRoundTripTest {

    private static final List<Integer> YEARS = List.of(2018, 2019, 2021, 2022, 2023, 2024, 2025, 2026, 2030, 2031);

    static final Actor ADMIN = Actor.of("round-trip-test", Role.ADMIN, Set.of(), false);

    private static ConfigurableApplicationContext empty;

    @Autowired
    FullDataExportService export;

    @Autowired
    AttainmentService attainment;

    @Autowired
    JdbcTemplate shipped;

    @BeforeAll
    static void startAnEmptyInstallation() {
        empty = EmptyInstallation.get();
    }

    @BeforeEach
    void emptyTheDestination() {
        EmptyInstallation.empty();
    }

    @Test
    void restoringTheExportIntoAnEmptyDatabaseGivesTheSameAttainmentForEveryTargetYearAndLanguage() {
        byte[] backup = export.exportZip();

        RestoreResult result = restore().restore(UploadedFile.of("backup.zip", backup), ADMIN);

        assertThat(result).isEqualTo(new RestoreResult(0, 0, 5, 72, 6 + 1362, 0)); // with the published index results
        AttainmentService restored = empty.getBean(AttainmentService.class);
        for (Locale locale : List.of(Languages.VIETNAMESE, Languages.ENGLISH)) {
            for (int year : YEARS) {
                List<String> before = view(attainment.evaluate(null, year, locale));
                List<String> after = view(restored.evaluate(null, year, locale));
                assertThat(before).as("shipped attainment in %s", year).hasSize(72);
                assertThat(after)
                        .as("restored attainment in %s (%s)", year, locale)
                        .containsExactlyElementsOf(before);
            }
        }
        assertThat(view(restored.evaluate(HUE, 2019, Languages.VIETNAMESE)))
                .containsExactlyElementsOf(view(attainment.evaluate(HUE, 2019, Languages.VIETNAMESE)));
    }

    @Test
    void exportingTheRestoredDatabaseGivesBackTheSameFiles() throws Exception {
        byte[] backup = export.exportZip();
        restore().restore(UploadedFile.of("backup.zip", backup), ADMIN);

        Map<String, String> again =
                BackupZips.parts(empty.getBean(FullDataExportService.class).exportZip());
        Map<String, String> original = BackupZips.parts(backup);

        assertThat(again.keySet()).isEqualTo(original.keySet());
        assertThat(again.keySet()).contains("indicators.csv");
        for (String part : List.of(
                "provinces.csv",
                "indicators.csv",
                "documents.csv",
                "targets.csv",
                "measurements.csv",
                "provisional.csv")) {
            assertThat(again.get(part)).as(part).isEqualTo(original.get(part));
        }
    }

    @Test
    void theSourcesAddressPublisherAndComputedMarkComeBackWithEveryResult() {
        byte[] backup = export.exportZip();
        restore().restore(UploadedFile.of("backup.zip", backup), ADMIN);

        String provenance = """
                select p.code || '/' || m.indicator_code || '/' || m.year || '|' || coalesce(m.source_url, '')
                       || '|' || coalesce(m.source_publisher, '') || '|' || m.computed
                from measurement m join province p on p.id = m.province_id order by 1""";
        List<String> restored = empty.getBean(JdbcTemplate.class).queryForList(provenance, String.class);
        List<String> original = shipped.queryForList(provenance, String.class);

        assertThat(restored).hasSize(6 + 1362).containsExactlyElementsOf(original);
        // the published results' addresses and the 344 computed PAPI totals are among them
        assertThat(restored.stream().filter(r -> r.contains("|http")).count()).isGreaterThanOrEqualTo(1362);
        assertThat(restored.stream().filter(r -> r.endsWith("|true")).count()).isEqualTo(344);
    }

    @Test
    void provisionalValuesComeBackWithTheirPeriodAreJudgedOnAgainAndExportTheSame() throws Exception {
        Map<String, String> parts = BackupZips.parts(export.exportZip());
        assertThat(parts.get("provisional.csv"))
                .startsWith("\uFEFFprovince_code,indicator_code,year,period,value,source,note");
        parts.put(
                "provisional.csv",
                parts.get("provisional.csv") + "67,SIPAS,2024,H1,86.5,Báo cáo 6 tháng 2024,tạm tính\r\n");

        RestoreResult result = restore().restore(UploadedFile.of("tam-tinh.zip", BackupZips.zip(parts)), ADMIN);

        assertThat(result.provisional()).isEqualTo(1);
        TargetAttainment sipas =
                empty.getBean(AttainmentService.class).evaluate("67", 2024, Languages.VIETNAMESE).stream()
                        .filter(a -> a.target().indicatorCode().equals("SIPAS")
                                && a.target().deadlineYear() == 2025)
                        .findFirst()
                        .orElseThrow();
        assertThat(sipas.provisionalPeriod()).isEqualTo("H1");
        assertThat(sipas.result().judgedValue()).isEqualByComparingTo("86.5");
        assertThat(BackupZips.parts(empty.getBean(FullDataExportService.class).exportZip())
                        .get("provisional.csv"))
                .isEqualTo(parts.get("provisional.csv"));
    }

    @Test
    void aProvisionalValueOutOfRangeRefusesTheWholeRestore() throws Exception {
        Map<String, String> parts = BackupZips.parts(export.exportZip());
        parts.put("provisional.csv", parts.get("provisional.csv") + "67,SIPAS,2024,H1,101,Báo cáo,\r\n");

        RestoreException refused = catchThrowableOfType(RestoreException.class, () -> restore()
                .restore(UploadedFile.of("tam-tinh.zip", BackupZips.zip(parts)), ADMIN));

        assertThat(refused.problems())
                .extracting(p -> p.problem().type())
                .containsExactly(RestoreProblem.RESTORE_REJECTED);
        assertThat(count("measurement")).isZero();
        assertThat(count("provisional_measurement")).isZero();
    }

    @Test
    void aUnitWithoutAStartDateIsRestoredWithItsDocumentAndResults() throws Exception {
        Map<String, String> parts = BackupZips.parts(export.exportZip());
        parts.put(
                "provinces.csv",
                parts.get("provinces.csv") + "903,,Tỉnh thử nghiệm 903,PROVINCE,,,,Không ghi ngày bắt đầu\r\n");
        parts.put(
                "documents.csv",
                parts.get("documents.csv")
                        + "903,,1-NQ/TN903,RESOLUTION,Ban thử nghiệm,2020-06-30,Văn bản thử nghiệm,2020,2025,Nguồn\r\n");
        parts.put(
                "targets.csv",
                parts.get("targets.csv") + "903,,1-NQ/TN903,1,SIPAS,AT_LEAST,80,,2025,,,,SIPAS từ 80% trở lên,\r\n");
        parts.put(
                "measurements.csv",
                parts.get("measurements.csv")
                        + "903,SIPAS,2024,85,Nguồn thử nghiệm,,https://example.org/903,Ban thử nghiệm,false\r\n");

        RestoreResult result = restore().restore(UploadedFile.of("khong-ngay.zip", BackupZips.zip(parts)), ADMIN);

        assertThat(result).isEqualTo(new RestoreResult(1, 0, 6, 73, 7 + 1362, 0));
        JdbcTemplate jdbc = empty.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select valid_from is null from province where code = '903'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select source_url from measurement m join province p on p.id = m.province_id where p.code = '903'",
                        String.class))
                .isEqualTo("https://example.org/903");
        assertThat(empty.getBean(AttainmentService.class).evaluate("903", 2025, Languages.VIETNAMESE))
                .extracting(a -> a.result().status().name())
                .containsExactly("MET");
        assertThat(BackupZips.parts(empty.getBean(FullDataExportService.class).exportZip())
                        .get("provinces.csv"))
                .contains("903,,Tỉnh thử nghiệm 903,PROVINCE,,,,");
    }

    @Test
    void refusesASecondRestoreOnceTheDatabaseHasData() {
        byte[] backup = export.exportZip();
        restore().restore(UploadedFile.of("backup.zip", backup), ADMIN);

        RestoreException refused = catchThrowableOfType(
                RestoreException.class, () -> restore().restore(UploadedFile.of("backup.zip", backup), ADMIN));

        assertThat(refused.problems())
                .extracting(p -> p.problem().type())
                .containsExactly(RestoreProblem.RESTORE_NOT_EMPTY);
        assertThat(count("target")).isEqualTo(72);
    }

    @Test
    void aBackupWithProblemsIsRefusedWholeWithEveryProblemAndWritesNothing() throws Exception {
        Map<String, String> parts = BackupZips.parts(export.exportZip());
        parts.put("targets.csv", parts.get("targets.csv") + "67,,99-NQ/TU,1,SIPAS,AT_LEAST,90,,2025,,,,Câu chữ,\r\n");
        parts.put("measurements.csv", parts.get("measurements.csv") + "67,SIPAS,2024,101,Nguồn,\r\n");
        parts.put("documents.csv", parts.get("documents.csv").replace("RESOLUTION", "LAW"));

        RestoreException refused = catchThrowableOfType(RestoreException.class, () -> restore()
                .restore(UploadedFile.of("backup.zip", BackupZips.zip(parts)), ADMIN));

        assertThat(refused.problems())
                .extracting(
                        PartProblem::part,
                        p -> p.problem().row(),
                        p -> p.problem().column(),
                        p -> p.problem().type())
                .containsExactly(
                        // the document form's own rule and message for a kind it does not list
                        tuple("documents.csv", 2, "kind", new FormRule(Violation.of("kind", "form.error.choice"))),
                        tuple("documents.csv", 5, "kind", new FormRule(Violation.of("kind", "form.error.choice"))),
                        tuple("targets.csv", 74, "document_number", RestoreProblem.DOCUMENT_UNKNOWN),
                        tuple("measurements.csv", 8 + 1362, "value", RowProblem.VALUE_OUT_OF_RANGE));
        assertThat(count("document") + count("target") + count("measurement")).isZero();
    }

    @Test
    void namesAMissingPartAndAFileThatIsNotABackup() throws Exception {
        Map<String, String> parts = BackupZips.parts(export.exportZip());
        parts.remove("targets.csv");

        RestoreException missing = catchThrowableOfType(RestoreException.class, () -> restore()
                .restore(UploadedFile.of("backup.zip", BackupZips.zip(parts)), ADMIN));
        RestoreException notZip = catchThrowableOfType(RestoreException.class, () -> restore()
                .restore(UploadedFile.of("backup.zip", "hello".getBytes(StandardCharsets.UTF_8)), ADMIN));

        assertThat(missing.problems())
                .extracting(p -> p.problem().type(), p -> p.problem().args())
                .containsExactly(tuple(RestoreProblem.RESTORE_PART_MISSING, List.of("targets.csv")));
        assertThat(notZip.problems()).extracting(p -> p.problem().type()).contains(RestoreProblem.RESTORE_PART_MISSING);
        assertThat(count("document")).isZero();
    }

    @Test
    void aNationalDataSetBringsItsOwnProvincesAndIndicatorsWhichTheRestoreCreatesAndExportsAgain() throws Exception {
        Map<String, String> parts = BackupZips.parts(export.exportZip());
        parts.put(
                "provinces.csv",
                parts.get("provinces.csv")
                        + "901,2004-01-01,Tỉnh thử nghiệm 901,PROVINCE,,,,Đơn vị thử nghiệm\r\n"
                        + "902,2004-01-01,Tỉnh thử nghiệm 902,PROVINCE,2025-06-30,901,2004-01-01,Sáp nhập vào 901\r\n");
        parts.put(
                "indicators.csv",
                parts.get("indicators.csv")
                        + "RT_SCORE,Điểm thử nghiệm,Test score,DIRECTION,SCORE,HIGHER_IS_BETTER,0,10,\r\n"
                        + "RT_GROUP,Nhóm thử nghiệm,Test group,DIRECTION,GROUP,HIGHER_IS_BETTER,,,thấp|trung bình|cao\r\n");
        parts.put(
                "documents.csv",
                parts.get("documents.csv")
                        + "901,2004-01-01,1-NQ/TN901,RESOLUTION,Ban thử nghiệm,2020-06-30,Văn bản thử nghiệm,2020,2025,Nguồn thử nghiệm\r\n");
        parts.put(
                "targets.csv",
                parts.get("targets.csv")
                        + "901,2004-01-01,1-NQ/TN901,1,RT_SCORE,AT_LEAST,8,,2025,,,,Điểm đạt từ 8 trở lên,\r\n"
                        + "901,2004-01-01,1-NQ/TN901,2,RT_GROUP,GROUP_AT_LEAST,,trung bình,2025,,,,Nhóm trung bình trở lên,\r\n");
        parts.put(
                "measurements.csv",
                parts.get("measurements.csv")
                        + "901,RT_SCORE,2024,8.5,Nguồn thử nghiệm,\r\n901,RT_GROUP,2024,cao,Nguồn thử nghiệm,\r\n");

        RestoreResult result = restore().restore(UploadedFile.of("quoc-gia.zip", BackupZips.zip(parts)), ADMIN);

        assertThat(result).isEqualTo(new RestoreResult(2, 2, 6, 74, 8 + 1362, 0));
        JdbcTemplate jdbc = empty.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("""
                select s.code from province p join province s on s.id = p.successor_id where p.code = '902'""", String.class)).isEqualTo("901");
        assertThat(jdbc.queryForList(
                        "select name_vi from indicator_level where indicator_code = 'RT_GROUP' order by position",
                        String.class))
                .containsExactly("thấp", "trung bình", "cao");
        assertThat(empty.getBean(AttainmentService.class).evaluate("901", 2025, Languages.VIETNAMESE))
                .extracting(a -> a.result().status().name())
                .containsExactly("MET", "MET");
        assertThat(jdbc.queryForObject("""
                select new_value::text from audit_event where entity_type = 'RESTORE' and origin = 'restore: quoc-gia.zip'""", String.class))
                .contains("\"provinces\":2", "\"indicators\":2", "\"measurements\":" + (8 + 1362));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'MEASUREMENT' "
                                + "and origin = 'restore: quoc-gia.zip'",
                        Integer.class))
                .isEqualTo(8 + 1362);
        Map<String, String> again =
                BackupZips.parts(empty.getBean(FullDataExportService.class).exportZip());
        assertThat(again.get("provinces.csv"))
                .contains("902,2004-01-01,Tỉnh thử nghiệm 902,PROVINCE,2025-06-30,901,2004-01-01");
        assertThat(again.get("indicators.csv"))
                .contains("RT_GROUP,Nhóm thử nghiệm,Test group,DIRECTION,GROUP,HIGHER_IS_BETTER,,,thấp|trung bình|cao");
    }

    @Test
    void aBackupWithoutResultsOrCatalogueRestoresAndExistingIndicatorsAreCheckedNotChanged() throws Exception {
        Map<String, String> withoutOptionalParts = BackupZips.parts(export.exportZip());
        withoutOptionalParts.remove("measurements.csv");
        withoutOptionalParts.remove("indicators.csv");
        Map<String, String> differing = BackupZips.parts(export.exportZip());
        // PAR_INDEX_RANK ranks 63 provinces here; the backup says 64; names may differ, they are not compared
        differing.put(
                "indicators.csv",
                differing
                                .get("indicators.csv")
                                .lines()
                                .map(line -> line.startsWith("PAR_INDEX_RANK,")
                                        ? "PAR_INDEX_RANK,Tên khác,Other name,DIRECTION,RANK,LOWER_IS_BETTER,1,64,"
                                        : line)
                                .collect(java.util.stream.Collectors.joining("\r\n", "", "\r\n"))
                        + "RT_NEW,Mới,New,NO_SUCH_AREA,SCORE,HIGHER_IS_BETTER,0,10,\r\n");

        RestoreException refused = catchThrowableOfType(RestoreException.class, () -> restore()
                .restore(UploadedFile.of("backup.zip", BackupZips.zip(differing)), ADMIN));
        RestoreResult result =
                restore().restore(UploadedFile.of("backup.zip", BackupZips.zip(withoutOptionalParts)), ADMIN);

        assertThat(refused.problems())
                .extracting(p -> p.problem().column(), p -> p.problem().type())
                .containsExactly(
                        tuple("code", RestoreProblem.INDICATOR_DIFFERS),
                        tuple("reform_area_code", RestoreProblem.REFORM_AREA_UNKNOWN));
        assertThat(refused.problems())
                .filteredOn(p -> p.problem().type() == RestoreProblem.INDICATOR_DIFFERS)
                .extracting(p -> p.problem().args().get(0))
                .containsExactly(PAR_INDEX_RANK);
        assertThat(result).isEqualTo(new RestoreResult(0, 0, 5, 72, 0, 0));
        assertThat(count("measurement")).isZero();
    }

    @Test
    void theAdminRestoresThroughTheEndpointAndASecondRestoreIsRefusedClearly() throws Exception {
        String url = "http://localhost:" + empty.getEnvironment().getProperty("local.server.port") + "/admin/restore";
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        byte[] backup = export.exportZip();

        java.net.http.HttpResponse<String> restored = vn.cchc.tracker.testing.HttpUploads.post(
                client, url, TestAccounts.ADMIN, TestAccounts.ADMIN_DEMO_PASSWORD, "sao-luu.zip", backup, Map.of());
        java.net.http.HttpResponse<String> again = vn.cchc.tracker.testing.HttpUploads.post(
                client, url, TestAccounts.ADMIN, TestAccounts.ADMIN_DEMO_PASSWORD, "sao-luu.zip", backup, Map.of());
        java.net.http.HttpResponse<String> editor = vn.cchc.tracker.testing.HttpUploads.post(
                client,
                url,
                TestAccounts.EDITOR_DAK_NONG,
                TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD,
                "sao-luu.zip",
                backup,
                Map.of());

        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(restored.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/restore"));
        assertThat(count("target")).isEqualTo(72);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body())
                .contains("Chỉ khôi phục được vào một cơ sở dữ liệu chưa có văn bản, chỉ tiêu và kết quả nào.");
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(empty.getBean(JdbcTemplate.class)
                        .queryForObject(
                                "select count(*) from audit_event where entity_type = 'RESTORE' and actor = 'admin'",
                                Integer.class))
                .isEqualTo(1);
    }

    private FullDataRestoreService restore() {
        return empty.getBean(FullDataRestoreService.class);
    }

    private int count(String table) {
        Integer n = empty.getBean(JdbcTemplate.class).queryForObject("select count(*) from " + table, Integer.class);
        return n == null ? 0 : n;
    }

    /** Everything a reader sees of each result, without database ids. */
    private static List<String> view(List<TargetAttainment> attainments) {
        return attainments.stream()
                .map(a -> {
                    TargetRow t = a.target();
                    return String.join(
                            " | ",
                            t.provinceCode(),
                            t.provinceName(),
                            t.documentNumber(),
                            t.indicatorCode(),
                            t.reformAreaCode(),
                            t.comparison().name(),
                            String.valueOf(t.thresholdValue()),
                            String.valueOf(t.thresholdLevel()),
                            String.valueOf(t.deadlineYear()),
                            String.valueOf(t.baselineYear()),
                            String.valueOf(t.baselineValue()),
                            String.valueOf(t.scopeNote()),
                            t.sentence(),
                            String.valueOf(t.source()),
                            a.result().toString(),
                            a.thresholdText(),
                            String.valueOf(a.judgedText()),
                            String.valueOf(a.progressText()),
                            a.explanation());
                })
                .toList();
    }
}
