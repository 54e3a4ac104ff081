package vn.cchc.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.exporting.MeasurementExportService;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.tablefile.CsvTableWriter;
import vn.cchc.tracker.tablefile.ExportTable;
import vn.cchc.tracker.tablefile.FileProblem;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableProblemTexts;
import vn.cchc.tracker.tablefile.TableProblemView;
import vn.cchc.tracker.tablefile.UploadedFile;
import vn.cchc.tracker.tablefile.XlsxTableWriter;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;

/** Previewing imports against the shipped data on PostgreSQL: classification, errors, statement count, nothing written. */
@ApplicationTest
class ImportPreviewServiceTest {

    private static final String HEADER = "province_code,indicator_code,year,value,source,note\n";

    @Autowired
    ImportPreviewService imports;

    @Autowired
    MeasurementExportService exports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void previewsEveryRowAsNewChangedOrUnchangedAgainstTheStoredResults() {
        ImportPreview preview = imports.preview(csv(HEADER
                + "67,SIPAS,2023,\"81,21\",Báo cáo kiểm thử,\n"
                + "67,SIPAS,2022,80.5,Báo cáo kiểm thử,\n"
                + "67,PCI_GROUP,2023,khá,Báo cáo kiểm thử,\n"
                + "46,SIPAS,2024,85,Báo cáo kiểm thử,\n"));

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows())
                .extracting(PreviewRow::row, PreviewRow::status)
                .containsExactly(
                        tuple(2, ImportRowStatus.CHANGED), tuple(3, ImportRowStatus.CHANGED),
                        tuple(4, ImportRowStatus.NEW), tuple(5, ImportRowStatus.NEW));
        PreviewRow sipas2023 = preview.rows().get(0);
        assertThat(sipas2023.changed()).containsExactlyInAnyOrder(ImportColumn.SOURCE, ImportColumn.NOTE);
        assertThat(sipas2023.existing().number()).isEqualByComparingTo("81.21");
        assertThat(sipas2023.existing().version()).isEqualTo(storedVersion(SIPAS, 2023));
        assertThat(preview.rows().get(1).changed()).contains(ImportColumn.VALUE);
        assertThat(preview.rows().get(3).incoming().unit().nameVi()).isEqualTo("Thừa Thiên Huế");
        assertThat(preview.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0));
        assertThat(preview.plan().provinceCodes()).containsExactly(HUE, DAK_NONG);
    }

    /**
     * Of two units under one code that both hold a value for the year (Thừa Thiên Huế and Huế in 2025), the preview
     * compares with the one the writer checks versions against: the newer unit's, here also the row's own unit.
     */
    @Test
    @Transactional
    void comparesWithTheNewerUnitsResultUnderASharedCodeAsTheWriterDoes() {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2025, case when name_vi = 'Huế' then 10 else 1 end, 'a', 'test', 'test'
                from province where code = '46' order by valid_from""");
        long onHue = jdbc.queryForObject("""
                select m.id from measurement m join province p on p.id = m.province_id
                where p.name_vi = 'Huế' and m.indicator_code = 'SIPAS' and m.year = 2025""", Long.class);

        ImportPreview preview = imports.preview(csv(HEADER + "46,SIPAS,2025,10,a,\n"));

        assertThat(preview.rows().get(0).existing().id()).isEqualTo(onHue);
        assertThat(preview.rows().get(0).status()).isEqualTo(ImportRowStatus.UNCHANGED);
    }

    @Test
    void writesNothing() {
        String before = snapshot();

        imports.preview(
                csv(HEADER + "67,SIPAS,2022,80.5,Báo cáo kiểm thử,\n67,PCI_GROUP,2024,khá,Báo cáo kiểm thử,\n"));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void takesThreeStatementsWhateverTheFileSize() {
        StringBuilder big = new StringBuilder(HEADER);
        for (int year = 1990; year < 2090; year++) {
            big.append("67,SIPAS,").append(year).append(",80,Nguồn,\n");
            big.append("45,PAR_INDEX_RANK,").append(year).append(",12,Nguồn,\n");
            big.append("52,PAPI_GROUP,").append(year).append(",cao nhất,Nguồn,\n");
        }
        UploadedFile small = csv(HEADER + "67,SIPAS,2023,81.21,Nguồn,\n");
        UploadedFile large = UploadedFile.of("lon.csv", big.toString().getBytes(StandardCharsets.UTF_8));

        long forSmall = SqlStatementCounter.count(() -> imports.preview(small));
        long forLarge = SqlStatementCounter.count(
                () -> assertThat(imports.preview(large).rows()).hasSize(300));

        assertThat(forSmall).isEqualTo(3);
        assertThat(forLarge).isEqualTo(3);
    }

    @Test
    void reportsEveryProblemOfOneBadRowAmongManyAndHasNoPlan() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int year = 2004; year <= 2025; year++) { // years Đắk Nông existed
            file.append("67,SIPAS,").append(year).append(",80,Nguồn,\n");
        }
        file.append("67,PAR_INDEX_RANK,2023,64,,\n"); // row 24: rank out of range and no source
        for (int year = 2000; year <= 2025; year++) { // years Quảng Trị (45) existed
            file.append("45,SIPAS,").append(year).append(",80,Nguồn,\n");
        }
        String before = snapshot();

        ImportPreview preview = imports.preview(csv(file.toString()));

        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.counts().errors()).isEqualTo(1);
        assertThat(preview.counts().total()).isEqualTo(49);
        assertThat(preview.problems())
                .extracting(TableProblem::row, TableProblem::column, TableProblem::type)
                .containsExactly(
                        tuple(24, "value", RowProblem.VALUE_OUT_OF_RANGE),
                        tuple(24, "source", RowProblem.SOURCE_REQUIRED));
        assertThatThrownBy(preview::plan).isInstanceOf(IllegalStateException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theCurrentDataExportedInTheImportLayoutPreviewsAllUnchangedAsCsvAndAsXlsx() {
        ExportTable current = exports.importLayout(new MeasurementExportService.Filter(null, null, null));

        ImportPreview fromCsv = imports.preview(UploadedFile.of("ket-qua.csv", CsvTableWriter.write(current, null)));
        ImportPreview fromXlsx = imports.preview(UploadedFile.of("ket-qua.xlsx", XlsxTableWriter.write(current)));

        for (ImportPreview preview : List.of(fromCsv, fromXlsx)) {
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.rows())
                    .hasSize(6 + 1362) // Đắk Nông's reported results and the published index results
                    .extracting(PreviewRow::status)
                    .containsOnly(ImportRowStatus.UNCHANGED);
            assertThat(preview.plan().isEmpty()).isTrue();
        }
        assertThat(fromXlsx.format()).isEqualTo("xlsx");
    }

    @Test
    void reportsAFileLevelProblemWithoutRows() {
        ImportPreview preview =
                imports.preview(csv("province,indicator_code,year,value,source,note\n67,SIPAS,2023,1,x,\n"));

        assertThat(preview.rows()).isEmpty();
        assertThat(preview.fileProblems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.HEADER_UNKNOWN_COLUMN, FileProblem.HEADER_MISSING_COLUMN);
    }

    @Test
    void problemsReadInVietnameseByDefaultAndInEnglish() {
        ImportPreview preview = imports.preview(csv(HEADER + "99,SIPAS,2023,80,Nguồn,\n"));
        TableProblemTexts texts = new TableProblemTexts(messages);
        TableProblem problem = preview.problems().get(0);

        assertThat(texts.text(problem, Languages.VIETNAMESE)).isEqualTo("Không có tỉnh, thành phố nào mang mã “99”.");
        assertThat(texts.text(problem, Languages.ENGLISH)).isEqualTo("There is no province with code “99”.");
        assertThat(texts.views(preview.problems(), Languages.VIETNAMESE))
                .containsExactly(
                        new TableProblemView(2, "province_code", "Không có tỉnh, thành phố nào mang mã “99”."));
    }

    @Test
    void readsTheLimitsFromConfiguration() {
        assertThat(imports.limits().maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(imports.limits().maxRows()).isEqualTo(10_000);
    }

    private long storedVersion(String indicator, int year) {
        return jdbc.queryForObject(
                "select m.version from measurement m join province p on p.id = m.province_id "
                        + "where p.code = '67' and m.indicator_code = ? and m.year = ?",
                Long.class,
                indicator,
                year);
    }

    private String snapshot() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, indicator_code, year, value_number, value_level, source, note, version from measurement order by id");
        return rows.toString();
    }

    private static UploadedFile csv(String text) {
        return UploadedFile.of("ket-qua.csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
