package vn.cchc.tracker.importexport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import vn.cchc.tracker.CchcTrackerApplication;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.TargetAttainment;
import vn.cchc.tracker.attainment.TargetRow;
import vn.cchc.tracker.importexport.FullDataRestoreService.RestoreResult;
import vn.cchc.tracker.importexport.RestoreException.PartProblem;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Export → restore into an empty database → the same attainment for every target, year and language. The source
 * is the shipped data (schema "cchc", shared read-only with the other tests); the destination is a second
 * application started on its own schema without shipped data, emptied before each test.
 */
@ApplicationTest
class FullDataRoundTripTest {

    static final String SCHEMA = "cchc_roundtrip";
    private static final List<Integer> YEARS = List.of(2018, 2019, 2021, 2022, 2023, 2024, 2025, 2026, 2030, 2031);

    private static final Actor ADMIN = Actor.of("round-trip-test", Role.ADMIN, Set.of(), false);

    private static ConfigurableApplicationContext empty;

    @Autowired
    FullDataExportService export;

    @Autowired
    AttainmentService attainment;

    @BeforeAll
    static void startAnEmptyInstallation() {
        TestDatabase db = TestDatabase.get();
        // command-line arguments outrank application.yml, so the second application really uses its own schema;
        // it is a whole web application (security and MVC configuration need one) on a random free port
        empty = new SpringApplicationBuilder(CchcTrackerApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(), "--spring.datasource.hikari.maximum-pool-size=2",
                        "--cchc.shipped-data.enabled=false", "--spring.flyway.schemas=" + SCHEMA,
                        "--spring.flyway.default-schema=" + SCHEMA, "--spring.datasource.hikari.schema=" + SCHEMA,
                        "--spring.jpa.properties.hibernate.default_schema=" + SCHEMA, "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopIt() {
        if (empty != null) {
            empty.close();
        }
    }

    @BeforeEach
    void emptyTheDestination() {
        JdbcTemplate jdbc = empty.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        jdbc.update("delete from measurement");
        jdbc.update("delete from target");
        jdbc.update("delete from document");
    }

    @Test
    void restoringTheExportIntoAnEmptyDatabaseGivesTheSameAttainmentForEveryTargetYearAndLanguage() {
        byte[] backup = export.exportZip();

        RestoreResult result = restore().restore(ImportFile.of("backup.zip", backup), ADMIN);

        assertThat(result).isEqualTo(new RestoreResult(0, 0, 4, 72, 6));
        AttainmentService restored = empty.getBean(AttainmentService.class);
        for (Locale locale : List.of(Languages.VIETNAMESE, Languages.ENGLISH)) {
            for (int year : YEARS) {
                List<String> before = view(attainment.evaluate(null, year, locale));
                List<String> after = view(restored.evaluate(null, year, locale));
                assertThat(before).as("shipped attainment in %s", year).hasSize(72);
                assertThat(after).as("restored attainment in %s (%s)", year, locale).containsExactlyElementsOf(before);
            }
        }
        assertThat(view(restored.evaluate("46", 2019, Languages.VIETNAMESE)))
                .containsExactlyElementsOf(view(attainment.evaluate("46", 2019, Languages.VIETNAMESE)));
    }

    @Test
    void exportingTheRestoredDatabaseGivesBackTheSameFiles() throws Exception {
        byte[] backup = export.exportZip();
        restore().restore(ImportFile.of("backup.zip", backup), ADMIN);

        Map<String, String> again = parts(empty.getBean(FullDataExportService.class).exportZip());
        Map<String, String> original = parts(backup);

        assertThat(again.keySet()).isEqualTo(original.keySet());
        for (String part : List.of("provinces.csv", "documents.csv", "targets.csv", "measurements.csv")) {
            assertThat(again.get(part)).as(part).isEqualTo(original.get(part));
        }
    }

    @Test
    void refusesASecondRestoreOnceTheDatabaseHasData() {
        byte[] backup = export.exportZip();
        restore().restore(ImportFile.of("backup.zip", backup), ADMIN);

        RestoreException refused = catchThrowableOfType(RestoreException.class,
                () -> restore().restore(ImportFile.of("backup.zip", backup), ADMIN));

        assertThat(refused.problems()).extracting(p -> p.problem().type()).containsExactly(ProblemType.RESTORE_NOT_EMPTY);
        assertThat(count("target")).isEqualTo(72);
    }

    @Test
    void aBackupWithProblemsIsRefusedWholeWithEveryProblemAndWritesNothing() throws Exception {
        Map<String, String> parts = parts(export.exportZip());
        parts.put("targets.csv", parts.get("targets.csv") + "67,2004-01-01,99-NQ/TU,1,SIPAS,AT_LEAST,90,,2025,,,,Câu chữ,\r\n");
        parts.put("measurements.csv", parts.get("measurements.csv") + "67,SIPAS,2024,101,Nguồn,\r\n");
        parts.put("documents.csv", parts.get("documents.csv").replace("RESOLUTION", "LAW"));

        RestoreException refused = catchThrowableOfType(RestoreException.class,
                () -> restore().restore(ImportFile.of("backup.zip", zip(parts)), ADMIN));

        assertThat(refused.problems()).extracting(PartProblem::part, p -> p.problem().row(), p -> p.problem().column(),
                p -> p.problem().type()).containsExactly(
                tuple("documents.csv", 2, "kind", ProblemType.FIELD_INVALID),
                tuple("documents.csv", 5, "kind", ProblemType.FIELD_INVALID),
                tuple("targets.csv", 74, "document_number", ProblemType.DOCUMENT_UNKNOWN),
                tuple("measurements.csv", 8, "value", ProblemType.VALUE_OUT_OF_RANGE));
        assertThat(count("document") + count("target") + count("measurement")).isZero();
    }

    @Test
    void namesAMissingPartAndAFileThatIsNotABackup() throws Exception {
        Map<String, String> parts = parts(export.exportZip());
        parts.remove("targets.csv");

        RestoreException missing = catchThrowableOfType(RestoreException.class,
                () -> restore().restore(ImportFile.of("backup.zip", zip(parts)), ADMIN));
        RestoreException notZip = catchThrowableOfType(RestoreException.class,
                () -> restore().restore(ImportFile.of("backup.zip", "hello".getBytes(StandardCharsets.UTF_8)), ADMIN));

        assertThat(missing.problems()).extracting(p -> p.problem().type(), p -> p.problem().args())
                .containsExactly(tuple(ProblemType.RESTORE_PART_MISSING, List.of("targets.csv")));
        assertThat(notZip.problems()).extracting(p -> p.problem().type()).contains(ProblemType.RESTORE_PART_MISSING);
        assertThat(count("document")).isZero();
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
        return attainments.stream().map(a -> {
            TargetRow t = a.target();
            return String.join(" | ", t.provinceCode(), t.provinceName(), t.documentNumber(), t.indicatorCode(),
                    t.reformAreaCode(), t.comparison().name(), String.valueOf(t.thresholdValue()), String.valueOf(t.thresholdLevel()),
                    String.valueOf(t.deadlineYear()), String.valueOf(t.baselineYear()), String.valueOf(t.baselineValue()),
                    String.valueOf(t.scopeNote()), t.sentence(), String.valueOf(t.source()), a.result().toString(),
                    a.thresholdText(), String.valueOf(a.judgedText()), String.valueOf(a.progressText()), a.explanation());
        }).toList();
    }

    private static Map<String, String> parts(byte[] zip) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
