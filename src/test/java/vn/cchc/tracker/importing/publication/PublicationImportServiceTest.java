package vn.cchc.tracker.importing.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.importing.ImportRowStatus;
import vn.cchc.tracker.importing.RowProblem;
import vn.cchc.tracker.importing.publication.PublicationImportService.Outcome;
import vn.cchc.tracker.importing.publication.PublicationImportService.Status;
import vn.cchc.tracker.tablefile.ExportTable;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.UploadedFile;
import vn.cchc.tracker.tablefile.XlsxTableWriter;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** Importing published tables against the shipped data on PostgreSQL. Rolled back. */
@ApplicationTest
@Transactional
class PublicationImportServiceTest {

    private static final Actor ADMIN = Actor.of(TestAccounts.ADMIN, Role.ADMIN, Set.of(), false);
    private static final PublicationRequest PCI_2020 = new PublicationRequest(
            IndexFamily.PCI, 2020, "VCCI", PublishedTables.PCI_2020_PUBLICATION, PublishedTables.PCI_2020_URL);
    private static final PublicationRequest PAR_2025 = new PublicationRequest(
            IndexFamily.PAR_INDEX, 2025, "Bộ Nội vụ", "Báo cáo Chỉ số CCHC năm 2025", "https://moha.gov.vn/par-2025");

    @Autowired
    PublicationImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void vccisOwnPci2020TableMatchesAll63UnitsAndChangesNothingShipped() {
        List<PublishedTables.Row> printed = PublishedTables.pci2020();
        assertThat(printed).hasSize(63);
        UploadedFile file = csv("pci-2020.csv", PublishedTables.pci2020Csv());

        PublicationPreview preview = imports.preview(file, PCI_2020);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.table().ignoredColumns()).containsExactly("STT");
        assertThat(preview.lines()).hasSize(63);
        for (int i = 0; i < 63; i++) {
            assertThat(preview.lines().get(i).row().unit().code())
                    .as(printed.get(i).printedName())
                    .isEqualTo(printed.get(i).code());
        }
        assertThat(preview.lines()).extracting(PublicationPreview.Line::status).containsOnly(ImportRowStatus.UNCHANGED);
        assertThat(preview.counts().unchanged()).isEqualTo(126);
        int audited = audited();

        Outcome outcome = imports.confirm(file, PCI_2020, ADMIN, preview.fingerprint());

        assertThat(outcome.status()).isEqualTo(Status.WRITTEN);
        assertThat(outcome.counts().created() + outcome.counts().updated()).isZero();
        assertThat(audited()).isEqualTo(audited);
    }

    @Test
    void aNewYearsTableIsWrittenWithItsPublicationPublisherAndAddressAndAuditedAsOneImport() {
        UploadedFile file = csv("par-index-2025.csv", """
                Tỉnh/Thành phố;Điểm;Hạng;Ghi chú
                TP. Hồ Chí Minh;"88,5";3;
                Thành phố Huế;91.02;1;
                Quang Tri;85,1;12;sáp nhập
                """);
        PublicationPreview preview = imports.preview(file, PAR_2025);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines())
                .extracting(l -> l.row().unit().nameVi(), l -> l.row().unit().code(), PublicationPreview.Line::status)
                .containsExactly(
                        tuple("Hồ Chí Minh", "79", ImportRowStatus.NEW),
                        tuple("Huế", "46", ImportRowStatus.NEW),
                        tuple("Quảng Trị", "44", ImportRowStatus.NEW));

        Outcome outcome = imports.confirm(file, PAR_2025, ADMIN, preview.fingerprint());

        assertThat(outcome.status()).isEqualTo(Status.WRITTEN);
        assertThat(outcome.counts().created()).isEqualTo(6);
        Map<String, Object> hue = jdbc.queryForMap("""
                select m.value_number, m.source, m.source_publisher, m.source_url, m.note, m.computed, m.created_by
                from measurement m join province p on p.id = m.province_id
                where p.code = '46' and p.valid_from = date '2025-01-01' and m.indicator_code = 'PAR_INDEX_SCORE'
                  and m.year = 2025""");
        assertThat(hue)
                .containsEntry("source", "Báo cáo Chỉ số CCHC năm 2025")
                .containsEntry("source_publisher", "Bộ Nội vụ")
                .containsEntry("source_url", "https://moha.gov.vn/par-2025")
                .containsEntry("computed", false)
                .containsEntry("created_by", TestAccounts.ADMIN);
        assertThat(hue.get("value_number").toString()).isEqualTo("91.0200");
        assertThat(jdbc.queryForObject("""
                        select value_number from measurement m join province p on p.id = m.province_id
                        where p.code = '44' and m.indicator_code = 'PAR_INDEX_RANK' and m.year = 2025""", Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where origin = 'import: par-index-2025.csv' and entity_type = 'MEASUREMENT'",
                        Integer.class))
                .isEqualTo(6);
        String summary = jdbc.queryForObject(
                "select new_value::text from audit_event where origin = 'import: par-index-2025.csv' and entity_type = 'IMPORT'",
                String.class);
        assertThat(summary)
                .contains(
                        "\"index\":\"PAR_INDEX\"", "\"publication\":\"Báo cáo Chỉ số CCHC năm 2025\"", "\"created\":6");

        // the same table again is all unchanged
        PublicationPreview again = imports.preview(file, PAR_2025);
        assertThat(again.counts().unchanged()).isEqualTo(6);
    }

    @Test
    void aCorrectedTableChangesTheValueAndTheSourceAndDropsTheOldQuote() {
        String csv = PublishedTables.pci2020Csv().replace(",65.03,17", ",65.10,16");
        PublicationRequest corrected = new PublicationRequest(
                IndexFamily.PCI, 2020, "VCCI", "VCCI – Báo cáo PCI 2020 (bản sửa)", PublishedTables.PCI_2020_URL);
        UploadedFile file = csv("pci-2020-sua.csv", csv);
        PublicationPreview preview = imports.preview(file, corrected);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.counts().updated()).isEqualTo(126);

        imports.confirm(file, corrected, ADMIN, preview.fingerprint());

        Map<String, Object> hue = jdbc.queryForMap("""
                select m.value_number, m.source, m.source_url, m.source_publisher, m.note
                from measurement m join province p on p.id = m.province_id
                where p.code = '46' and p.valid_to = date '2024-12-31' and m.indicator_code = 'PCI_SCORE' and m.year = 2020""");
        assertThat(hue.get("value_number").toString()).isEqualTo("65.1000");
        assertThat(hue)
                .containsEntry("source", "VCCI – Báo cáo PCI 2020 (bản sửa)")
                .containsEntry("source_url", PublishedTables.PCI_2020_URL)
                .containsEntry("source_publisher", "VCCI")
                .containsEntry("note", null);
    }

    @Test
    void unknownNamesDuplicatesValuesOutOfRangeAndBadNumbersAreListedAndNothingIsWritten() {
        UploadedFile file = csv("papi-2020.csv", """
                Tên tỉnh,Tổng điểm,Xếp hạng,Nhóm
                Đắk Nông,38.2,40,trung bình thấp
                Hà Tây,41.9,55,thấp nhất
                Dak Nong,38.2,40,trung bình thấp
                Quảng Trị,104.5,12,cao nhất
                Bình Định,"42,1,1",7.5,rất tốt
                Huế,40,20,
                """);
        int measurements = measurements();
        int audited = audited();

        PublicationPreview preview =
                imports.preview(file, new PublicationRequest(IndexFamily.PAPI, 2020, "UNDP", "PAPI 2020", null));

        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.problems())
                .extracting(TableProblem::row, TableProblem::column, TableProblem::type)
                .containsExactly(
                        tuple(3, "Tên tỉnh", PublicationProblem.PROVINCE_UNKNOWN),
                        tuple(4, "Tên tỉnh", PublicationProblem.DUPLICATE_PROVINCE),
                        tuple(5, "Tổng điểm", RowProblem.VALUE_OUT_OF_RANGE),
                        tuple(6, "Tổng điểm", RowProblem.VALUE_NOT_A_NUMBER),
                        tuple(6, "Xếp hạng", RowProblem.VALUE_NOT_WHOLE),
                        tuple(6, "Nhóm", RowProblem.VALUE_UNKNOWN_LEVEL),
                        tuple(7, "Tên tỉnh", PublicationProblem.PROVINCE_UNKNOWN));
        assertThat(preview.problems().get(1).args()).containsExactly("Đắk Nông (67)", "2");
        assertThat(preview.lines().get(0).status()).isEqualTo(ImportRowStatus.CHANGED); // shipped PAPI 2020 values
        assertThat(preview.lines().get(0).row().unit().code()).isEqualTo("67");

        Outcome outcome = imports.confirm(
                file,
                new PublicationRequest(IndexFamily.PAPI, 2020, "UNDP", "PAPI 2020", null),
                ADMIN,
                preview.fingerprint());

        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(measurements()).isEqualTo(measurements);
        assertThat(audited()).isEqualTo(audited);
    }

    @Test
    void aTableWithoutAProvinceOrAValueColumnIsRefusedByItsHeader() {
        PublicationPreview noProvince = imports.preview(csv("a.csv", "STT,Điểm\n1,50\n"), PCI_2020);
        PublicationPreview noValue = imports.preview(csv("b.csv", "Tỉnh,Vùng\nHà Nội,ĐBSH\n"), PCI_2020);
        PublicationPreview groupOfSipas = imports.preview(
                csv("c.csv", "Tỉnh,SIPAS,Nhóm\nHà Nội,80,cao\n"),
                new PublicationRequest(IndexFamily.SIPAS, 2020, "Bộ Nội vụ", "SIPAS 2020", null));

        assertThat(noProvince.problems())
                .extracting(TableProblem::type)
                .containsExactly(PublicationProblem.NO_PROVINCE_COLUMN);
        assertThat(noValue.problems())
                .extracting(TableProblem::type)
                .containsExactly(PublicationProblem.NO_VALUE_COLUMN);
        assertThat(groupOfSipas.problems())
                .extracting(TableProblem::type)
                .containsExactly(PublicationProblem.GROUP_NOT_PUBLISHED);
    }

    @Test
    void anApprovedYearIsAClearErrorAndNothingIsWritten() {
        jdbc.update("insert into result_approval (province_code, year, approved_by) values ('67', 2020, 'admin')");
        UploadedFile file = csv("pci.csv", "Mã tỉnh,Tỉnh,Điểm\n67,Đắk Nông,60\n52,Bình Định,70\n");

        PublicationPreview preview = imports.preview(file, PCI_2020);

        assertThat(preview.problems())
                .extracting(TableProblem::row, TableProblem::type, TableProblem::args)
                .containsExactly(tuple(2, PublicationProblem.YEAR_APPROVED, List.of("Đắk Nông (67)", "2020")));
        assertThat(imports.confirm(file, PCI_2020, ADMIN, preview.fingerprint()).status())
                .isEqualTo(Status.REJECTED);
    }

    @Test
    void aCodeDecidesAndMustAgreeWithTheName() {
        UploadedFile file = csv("pci.csv", "Mã,Tỉnh/Thành phố,Điểm\n1,,60\n52,Gia Lai,70\n99,Hà Nội,50\n");

        PublicationPreview preview = imports.preview(file, PCI_2020);

        assertThat(preview.lines().get(0).row().unit().nameVi()).isEqualTo("Hà Nội");
        assertThat(preview.problems())
                .extracting(TableProblem::row, TableProblem::type)
                .containsExactly(
                        tuple(3, PublicationProblem.NAME_AND_CODE_DISAGREE), tuple(4, PublicationProblem.CODE_UNKNOWN));
    }

    @Test
    void anXlsxTableIsReadAlikeAndAStaleConfirmationWritesNothing() {
        List<List<Object>> rows = PublishedTables.pci2020().stream()
                .map(r -> List.<Object>of(r.printedName(), Double.parseDouble(r.score()), Integer.parseInt(r.rank())))
                .toList();
        UploadedFile file = UploadedFile.of(
                "PCI2020.xlsx",
                XlsxTableWriter.write(
                        new ExportTable("PCI 2020", List.of("Tỉnh, thành phố", "Điểm PCI", "Thứ hạng"), rows)));
        PublicationRequest request =
                new PublicationRequest(IndexFamily.PCI, 2020, "VCCI", "PCI 2020 (Excel)", PublishedTables.PCI_2020_URL);

        PublicationPreview preview = imports.preview(file, request);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).hasSize(63);
        assertThat(preview.counts().updated()).isEqualTo(126);
        int audited = audited();
        assertThat(imports.confirm(file, request, ADMIN, "not-the-preview").status())
                .isEqualTo(Status.STALE);
        assertThat(audited()).isEqualTo(audited);
    }

    private int measurements() {
        return jdbc.queryForObject("select count(*) from measurement", Integer.class);
    }

    private int audited() {
        return jdbc.queryForObject("select count(*) from audit_event", Integer.class);
    }

    private static UploadedFile csv(String name, String text) {
        return UploadedFile.of(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
