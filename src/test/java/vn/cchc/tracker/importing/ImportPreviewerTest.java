package vn.cchc.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchc.tracker.importing.MeasurementRowValidatorTest.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.measurement.MeasurementSnapshot;
import vn.cchc.tracker.tablefile.FileProblem;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableRecord;
import vn.cchc.tracker.tablefile.UploadedFile;
import vn.cchc.tracker.testing.UnitTest;

/** Classifying rows against stored results, and the plan the write step gets. */
@UnitTest
class ImportPreviewerTest {

    private static final UploadedFile FILE = UploadedFile.of("C:\\Users\\an\\ket-qua-2024.csv", "x".getBytes());
    private final MeasurementRowValidator validator =
            new MeasurementRowValidator(Catalogues.units(), Catalogues.indicators());

    private static final MeasurementSnapshot SIPAS_2023 = new MeasurementSnapshot(
            11,
            "67",
            "SIPAS",
            UnitKind.PERCENT,
            2023,
            new BigDecimal("81.2100"),
            null,
            "Báo cáo",
            "ghi chú",
            "admin",
            Instant.EPOCH,
            3);
    private static final MeasurementSnapshot SIPAS_2022 = new MeasurementSnapshot(
            12,
            "67",
            "SIPAS",
            UnitKind.PERCENT,
            2022,
            new BigDecimal("80.0900"),
            null,
            "Báo cáo",
            null,
            "admin",
            Instant.EPOCH,
            0);
    private static final MeasurementSnapshot PAPI_2023 = new MeasurementSnapshot(
            13,
            "67",
            "PAPI_GROUP",
            UnitKind.GROUP,
            2023,
            null,
            "trung bình thấp",
            "PAPI 2023",
            null,
            "admin",
            Instant.EPOCH,
            1);

    @Test
    void classifiesNewChangedUnchangedAndErrorRows() {
        ImportPreview preview = preview(List.of(
                record(2, "67", "SIPAS", "2023", "81,21", "Báo cáo", "ghi chú"),
                record(3, "67", "SIPAS", "2022", "80,5", "Báo cáo", ""),
                record(4, "67", "SIPAS", "2024", "82", "Báo cáo", ""),
                record(5, "67", "PAPI_GROUP", "2023", "trung bình cao", "PAPI 2023", ""),
                record(6, "99", "SIPAS", "2024", "82", "Báo cáo", "")));

        assertThat(preview.rows())
                .extracting(PreviewRow::row, PreviewRow::status)
                .containsExactly(
                        tuple(2, ImportRowStatus.UNCHANGED),
                        tuple(3, ImportRowStatus.CHANGED),
                        tuple(4, ImportRowStatus.NEW),
                        tuple(5, ImportRowStatus.CHANGED),
                        tuple(6, ImportRowStatus.ERROR));
        assertThat(preview.counts()).isEqualTo(new ImportCounts(1, 2, 1, 1));
        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.problems())
                .extracting(TableProblem::row, TableProblem::type)
                .containsExactly(tuple(6, RowProblem.PROVINCE_UNKNOWN));
        assertThat(preview.rows().get(4).written(ImportColumn.PROVINCE_CODE)).isEqualTo("99");
    }

    @Test
    void comparesNumbersByValueSoTrailingZerosAreNoChange() {
        ImportPreview preview = preview(List.of(record(2, "67", "SIPAS", "2023", "81.210", "Báo cáo", "ghi chú")));

        assertThat(preview.rows().get(0).status()).isEqualTo(ImportRowStatus.UNCHANGED);
    }

    @Test
    void namesWhatChangedAndKeepsTheOldRow() {
        ImportPreview preview = preview(List.of(
                record(2, "67", "SIPAS", "2023", "81,21", "Báo cáo mới", ""),
                record(3, "67", "SIPAS", "2022", "80,5", "Báo cáo", "")));

        assertThat(preview.rows().get(0).changed()).containsExactlyInAnyOrder(ImportColumn.SOURCE, ImportColumn.NOTE);
        assertThat(preview.rows().get(1).changed()).containsExactly(ImportColumn.VALUE);
        assertThat(preview.rows().get(1).existing()).isEqualTo(SIPAS_2022);
    }

    @Test
    void plansCreationsAndUpdatesWithTheVersionsTheyWerePreviewedAgainst() {
        ImportPreview preview = preview(List.of(
                record(2, "67", "SIPAS", "2023", "81,21", "Báo cáo", "ghi chú"),
                record(3, "67", "SIPAS", "2022", "80,5", "Báo cáo", ""),
                record(4, "46", "PAPI_GROUP", "2025", "cao nhất", "PAPI 2025", "")));

        ImportPlan plan = preview.plan();

        assertThat(plan.fileName()).isEqualTo("ket-qua-2024.csv");
        assertThat(plan.fileSha256()).isEqualTo(FILE.sha256()).hasSize(64);
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.updates()).singleElement().satisfies(u -> {
            assertThat(u.row()).isEqualTo(3);
            assertThat(u.measurementId()).isEqualTo(12);
            assertThat(u.expectedVersion()).isZero();
            assertThat(u.valueNumber()).isEqualByComparingTo("80.5");
            assertThat(u.previous()).isEqualTo(SIPAS_2022);
        });
        assertThat(plan.creations()).singleElement().satisfies(c -> {
            assertThat(c.row()).isEqualTo(4);
            assertThat(c.provinceId()).isEqualTo(Catalogues.HUE.id());
            assertThat(c.valueLevel()).isEqualTo("cao nhất");
            assertThat(c.valueNumber()).isNull();
        });
        assertThat(plan.provinceCodes()).containsExactly("46", "67");
        assertThat(plan.years()).containsExactly(2022, 2025);
        assertThat(plan.counts()).isEqualTo(new ImportCounts(1, 1, 1, 0));
        assertThat(plan.isEmpty()).isFalse();
    }

    @Test
    void aFileWithAnyErrorHasNoPlan() {
        ImportPreview preview = preview(List.of(
                record(2, "67", "SIPAS", "2024", "82", "Báo cáo", ""),
                record(3, "67", "SIPAS", "2025", "", "Báo cáo", "")));

        assertThatThrownBy(preview::plan).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFileWithFileProblemsHasNoRowsAndNoPlan() {
        ImportPreview preview = ImportPreviewer.preview(
                FILE, "csv", List.of(TableProblem.ofFile(FileProblem.FILE_NOT_UTF8, 3)), List.of(), Map.of());

        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).extracting(TableProblem::type).containsExactly(FileProblem.FILE_NOT_UTF8);
        assertThatThrownBy(preview::plan).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAllUnchangedFilePlansNothing() {
        ImportPlan plan = preview(List.of(record(2, "67", "SIPAS", "2023", "81,21", "Báo cáo", "ghi chú")))
                .plan();

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    private ImportPreview preview(List<TableRecord> records) {
        return ImportPreviewer.preview(
                FILE,
                "csv",
                List.of(),
                validator.check(records),
                Map.of(SIPAS_2023.key(), SIPAS_2023, SIPAS_2022.key(), SIPAS_2022, PAPI_2023.key(), PAPI_2023));
    }
}
