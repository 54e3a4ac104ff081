package vn.cchc.tracker.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchc.tracker.testing.ShippedData.BAO_DAK_NONG_2024;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PORTAL_ARTICLE;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_ARTICLE_2022;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_REPORT_2024;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.HUE_DECISION;
import static vn.cchc.tracker.testing.ShippedData.HUE_PLAN_2019;
import static vn.cchc.tracker.testing.ShippedData.PAPI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;
import static vn.cchc.tracker.testing.ShippedData.PCI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_SCIENCE_DEPARTMENT_2023;
import static vn.cchc.tracker.testing.ShippedData.REQUIRED_INDICATORS;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;
import static vn.cchc.tracker.testing.ShippedData.documentId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentKind;
import vn.cchc.tracker.document.DocumentRepository;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorRepository;
import vn.cchc.tracker.indicator.ReformArea;
import vn.cchc.tracker.indicator.ReformAreaRepository;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.measurement.Measurement;
import vn.cchc.tracker.measurement.MeasurementRepository;
import vn.cchc.tracker.province.ProvinceKind;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.target.TargetRepository;
import vn.cchc.tracker.testing.RepositoryTest;

/**
 * The shipped data set (db/shipped/V3, its sources named by V43) holds every target of the four documents listed in
 * src/test/resources/shipped-data-expectations.md, read back through the JPA mapping.
 */
@RepositoryTest
class ShippedDataTest {

    /**
     * The expected targets, one line each: document | position | indicator | kind | comparison | threshold (number,
     * or 'level') | deadline | baseline year | scope note | target.source when set (the Báo Đắk Nông article).
     */
    private static final String EXPECTED_TARGETS = """
            20-NQ/TU|1|TTHC_ONLINE_L34_RATE|PERCENT|AT_LEAST|80|2025|||
            20-NQ/TU|2|TTHC_NATIONAL_PORTAL_RATE|PERCENT|AT_LEAST|80|2025||trong số TTHC cung cấp trực tuyến mức độ 3 và 4|
            20-NQ/TU|3|DOSSIER_ONLINE_RATE|PERCENT|AT_LEAST|50|2025|||
            20-NQ/TU|4|SATISFACTION_TTHC_RATE|PERCENT|AT_LEAST|90|2025|||
            20-NQ/TU|5|SATISFACTION_TTHC_LAND_RATE|PERCENT|AT_LEAST|85|2025||lĩnh vực đất đai, xây dựng, đầu tư|
            20-NQ/TU|6|TTHC_ONLINE_L34_RATE|PERCENT|AT_LEAST|90|2030|||
            20-NQ/TU|7|TTHC_NATIONAL_PORTAL_RATE|PERCENT|AT_LEAST|100|2030||trong số TTHC cung cấp trực tuyến mức độ 3 và 4|
            20-NQ/TU|8|DOSSIER_ONLINE_RATE|PERCENT|AT_LEAST|80|2030|||
            20-NQ/TU|9|SATISFACTION_TTHC_RATE|PERCENT|AT_LEAST|95|2030|||
            20-NQ/TU|10|SATISFACTION_TTHC_LAND_RATE|PERCENT|AT_LEAST|90|2030||lĩnh vực đất đai, xây dựng, đầu tư|
            20-NQ/TU|11|PUBLIC_SERVICE_UNITS|COUNT|REDUCE_BY_PERCENT|10|2025|2021||
            20-NQ/TU|12|CIVIL_SERVANT_STAFFING|COUNT|REDUCE_BY_PERCENT|5|2025|2021||
            20-NQ/TU|13|PUBLIC_EMPLOYEE_STAFFING|COUNT|REDUCE_BY_PERCENT|10|2025|2021||
            20-NQ/TU|14|SIPAS|PERCENT|AT_LEAST|90|2025|||
            20-NQ/TU|15|SATISFACTION_HEALTH_EDU_RATE|PERCENT|AT_LEAST|85|2025|||
            20-NQ/TU|16|PUBLIC_EMPLOYEE_STAFFING|COUNT|REDUCE_BY_PERCENT|10|2030|2025||
            20-NQ/TU|17|SIPAS|PERCENT|AT_LEAST|95|2030|||
            20-NQ/TU|18|SATISFACTION_HEALTH_EDU_RATE|PERCENT|AT_LEAST|90|2030|||
            20-NQ/TU|19|SELF_FINANCING_UNITS_RATE|PERCENT|AT_LEAST|20|2025|||
            20-NQ/TU|20|ECONOMIC_UNITS_CONVERTED_RATE|PERCENT|AT_LEAST|100|2025|||
            20-NQ/TU|21|DIGITAL_DIRECTION_PLATFORM_RATE|PERCENT|AT_LEAST|100|2025|||
            20-NQ/TU|22|DIGITAL_STATE_MANAGEMENT_RATE|PERCENT|AT_LEAST|50|2025|||
            20-NQ/TU|23|ONLINE_SERVICES_MOBILE_RATE|PERCENT|AT_LEAST|100|2025||dịch vụ công trực tuyến đủ điều kiện mức độ 4|
            20-NQ/TU|24|DOSSIER_ONLINE_L4_RATE|PERCENT|AT_LEAST|50|2025|||
            20-NQ/TU|25|DIGITIZED_RESULTS_RATE|PERCENT|AT_LEAST|100|2025|||
            20-NQ/TU|26|PAR_INDEX_RANK|RANK|RANK_AT_BEST|37|2030|||
            20-NQ/TU|27|SIPAS|PERCENT|AT_LEAST|95|2030|||
            20-NQ/TU|28|PCI_GROUP|GROUP|GROUP_AT_LEAST|'khá'|2030|||
            20-NQ/TU|29|PAPI_GROUP|GROUP|GROUP_AT_LEAST|'trung bình cao'|2030|||
            Báo cáo CCHC năm 2024 (không số)|1|PAR_INDEX_RANK|RANK|RANK_AT_BEST|40|2025|||
            Báo cáo CCHC năm 2024 (không số)|2|SIPAS|PERCENT|AT_LEAST|90|2025|||
            Báo cáo CCHC năm 2024 (không số)|3|PCI_GROUP|GROUP|GROUP_AT_LEAST|'trung bình'|2025|||
            Báo cáo CCHC năm 2024 (không số)|4|PAPI_GROUP|GROUP|GROUP_AT_LEAST|'trung bình cao'|2025|||
            09-CTr/TU|1|SATISFACTION_TTHC_RATE|PERCENT|AT_LEAST|90|2025|||
            09-CTr/TU|2|SATISFACTION_TTHC_LAND_RATE|PERCENT|AT_LEAST|80|2025||lĩnh vực đất đai, xây dựng|
            09-CTr/TU|3|TTHC_ONLINE_L34_RATE|PERCENT|AT_LEAST|100|2025|||
            09-CTr/TU|4|TTHC_NATIONAL_PORTAL_RATE|PERCENT|AT_LEAST|50|2025||trong số TTHC cung cấp mức độ 3, mức độ 4 của tỉnh|
            09-CTr/TU|5|DOSSIER_ONLINE_RATE|PERCENT|AT_LEAST|50|2025|||
            09-CTr/TU|6|E_AUTHENTICATED_TRANSACTIONS_RATE|PERCENT|AT_LEAST|100|2025|||
            02-NQ/BCSĐ|1|PAR_INDEX_SCORE|SCORE|AT_LEAST|80|2025||loại B: từ 80% đến dưới 90%|
            02-NQ/BCSĐ|2|PAR_INDEX_RANK|RANK|RANK_AT_BEST|20|2025|||
            02-NQ/BCSĐ|3|PAPI_GROUP|GROUP|GROUP_AT_LEAST|'trung bình cao'|2025|||
            02-NQ/BCSĐ|4|PAPI_RANK|RANK|RANK_AT_BEST|20|2025|||
            02-NQ/BCSĐ|5|SIPAS|PERCENT|AT_LEAST|85|2025|||
            02-NQ/BCSĐ|6|TTHC_TIME_REDUCTION_RATE|PERCENT|AT_LEAST|25|2025||so với thời gian quy định|
            02-NQ/BCSĐ|7|DOSSIER_ON_TIME_RATE|PERCENT|AT_LEAST|99|2023||hàng năm|
            02-NQ/BCSĐ|8|DOSSIER_ON_TIME_RATE|PERCENT|AT_LEAST|99|2024||hàng năm|
            02-NQ/BCSĐ|9|DOSSIER_ON_TIME_RATE|PERCENT|AT_LEAST|99|2025||hàng năm|
            02-NQ/BCSĐ|10|DIGITIZED_RESULTS_RATE|PERCENT|AT_LEAST|100|2025||kết quả còn hiệu lực và có giá trị sử dụng, thẩm quyền cấp tỉnh, huyện, xã|
            02-NQ/BCSĐ|11|TTHC_ONLINE_L4_RATE|PERCENT|AT_LEAST|100|2025||trực tuyến toàn trình, TTHC đủ điều kiện|
            02-NQ/BCSĐ|12|TTHC_NATIONAL_PORTAL_RATE|PERCENT|AT_LEAST|80|2025||trong số TTHC cung cấp trực tuyến toàn trình|
            02-NQ/BCSĐ|13|ONLINE_SERVICES_MOBILE_RATE|PERCENT|AT_LEAST|100|2025||dịch vụ công trực tuyến toàn trình|
            02-NQ/BCSĐ|14|SATISFACTION_TTHC_RATE|PERCENT|AT_LEAST|90|2025|||
            02-NQ/BCSĐ|15|SATISFACTION_TTHC_LAND_RATE|PERCENT|AT_LEAST|85|2025||lĩnh vực đất đai, xây dựng, đầu tư|
            02-NQ/BCSĐ|16|SELF_FINANCING_UNITS_RATE|PERCENT|AT_LEAST|20|2025|||
            02-NQ/BCSĐ|17|ECONOMIC_UNITS_CONVERTED_RATE|PERCENT|AT_LEAST|100|2025|||
            02-NQ/BCSĐ|18|DIGITAL_TRANSFORMATION_TASKS_RATE|PERCENT|AT_LEAST|100|2025|||
            2847/QĐ-UBND|1|PAR_INDEX_RANK|RANK|RANK_AT_BEST|10|2019|||
            2847/QĐ-UBND|2|LEGAL_DOCS_PROPER_PROCEDURE_RATE|PERCENT|AT_LEAST|100|2019|||
            2847/QĐ-UBND|3|TTHC_ISO_RATE|PERCENT|AT_LEAST|100|2019|||
            2847/QĐ-UBND|4|SATISFACTION_TTHC_RATE|PERCENT|MORE_THAN|80|2019|||
            2847/QĐ-UBND|5|SIPAS|PERCENT|MORE_THAN|80|2019|||
            2847/QĐ-UBND|6|TTHC_ONE_STOP_RATE|PERCENT|AT_LEAST|100|2019||trừ các TTHC đặc thù|
            2847/QĐ-UBND|7|TTHC_ONLINE_L34_RATE|PERCENT|AT_LEAST|50|2019|||
            2847/QĐ-UBND|8|TTHC_ONLINE_L4_RATE|PERCENT|AT_LEAST|20|2019|||
            2847/QĐ-UBND|9|DOSSIER_ONLINE_L4_RATE|PERCENT|AT_LEAST|30|2019|||
            2847/QĐ-UBND|10|E_DOCUMENT_AGENCIES_RATE|PERCENT|AT_LEAST|100|2019|||
            2847/QĐ-UBND|11|DOSSIER_ONLINE_JUSTICE_BUSINESS_RATE|PERCENT|MORE_THAN|60|2019|||
            2847/QĐ-UBND|12|DOSSIER_ONLINE_RATE|PERCENT|AT_LEAST|30|2019||các lĩnh vực khác|
            2847/QĐ-UBND|13|ISO_AGENCIES_RATE|PERCENT|AT_LEAST|100|2019|||
            2847/QĐ-UBND|14|CCHC_PLAN_AGENCIES_RATE|PERCENT|AT_LEAST|100|2019|||
            2847/QĐ-UBND|15|CCHC_INSPECTION_COVERAGE_RATE|PERCENT|AT_LEAST|30|2019|||
            """;

    @Autowired
    DocumentRepository documents;

    @Autowired
    TargetRepository targets;

    @Autowired
    MeasurementRepository measurements;

    @Autowired
    IndicatorRepository indicators;

    @Autowired
    ReformAreaRepository reformAreas;

    @Autowired
    JdbcTemplate jdbc;

    // --- documents ------------------------------------------------------------------------------------------

    @Test
    void shipsExactlyTheFiveDocumentsWithTheirTargetCounts() {
        Map<String, Integer> countsByDocument = new LinkedHashMap<>();
        jdbc.query("""
                select d.number, count(t.id) as n from document d left join target t on t.document_id = d.id
                group by d.number order by d.number""", rs -> {
            countsByDocument.put(rs.getString("number"), rs.getInt("n"));
        });

        assertThat(countsByDocument)
                .containsOnly(
                        Map.entry(DAK_NONG_RESOLUTION, 29),
                        Map.entry(DAK_NONG_REPORT_2024, 4), // moved from the resolution by V70 (issue 13)
                        Map.entry(BINH_DINH_PROGRAMME, 6),
                        Map.entry(QUANG_TRI_RESOLUTION, 18),
                        Map.entry(HUE_DECISION, 15));
        assertThat(targets.count()).isEqualTo(72);
    }

    @Test
    void documentsCarryNumberKindIssuingBodyIssueDateAndPeriod() {
        List<Document> all = documents.findAllWithProvince();

        assertThat(all)
                .extracting(
                        Document::getNumber,
                        Document::getKind,
                        Document::getIssuingBody,
                        Document::getIssueDate,
                        Document::getPeriodFrom,
                        Document::getPeriodTo)
                .containsExactlyInAnyOrder(
                        tuple(
                                DAK_NONG_RESOLUTION,
                                DocumentKind.RESOLUTION,
                                "Tỉnh ủy Đắk Nông",
                                LocalDate.of(2022, 11, 30),
                                2022,
                                2030),
                        tuple(
                                DAK_NONG_REPORT_2024,
                                DocumentKind.REPORT,
                                "Ban Chỉ đạo cải cách hành chính tỉnh Đắk Nông",
                                LocalDate.of(2024, 12, 9),
                                2024,
                                2025),
                        tuple(
                                BINH_DINH_PROGRAMME,
                                DocumentKind.ACTION_PROGRAMME,
                                "Tỉnh ủy Bình Định",
                                LocalDate.of(2021, 5, 14),
                                2020,
                                2025),
                        tuple(
                                QUANG_TRI_RESOLUTION,
                                DocumentKind.RESOLUTION,
                                "Ban cán sự Đảng UBND tỉnh Quảng Trị",
                                LocalDate.of(2023, 6, 27),
                                2023,
                                2025),
                        tuple(
                                HUE_DECISION,
                                DocumentKind.DECISION,
                                "UBND tỉnh Thừa Thiên Huế",
                                LocalDate.of(2018, 12, 7),
                                2019,
                                2019));
        assertThat(all).allSatisfy(d -> {
            assertThat(d.getTitle()).isNotBlank();
        });
        assertThat(all)
                .filteredOn(d -> !d.getNumber().equals(DAK_NONG_REPORT_2024))
                .extracting(Document::getNumber, Document::getSource)
                .containsExactlyInAnyOrder(
                        tuple(DAK_NONG_RESOLUTION, DAK_NONG_ARTICLE_2022),
                        tuple(BINH_DINH_PROGRAMME, BINH_DINH_PORTAL_ARTICLE),
                        tuple(QUANG_TRI_RESOLUTION, QUANG_TRI_SCIENCE_DEPARTMENT_2023),
                        tuple(HUE_DECISION, HUE_PLAN_2019));
    }

    @Test
    void eachDocumentBelongsToTheProvinceUnitThatExistedWhenItWasIssued() {
        List<Document> all = documents.findAllWithProvince();

        assertThat(all)
                .extracting(
                        Document::getNumber,
                        d -> d.getProvince().getCode(),
                        d -> d.getProvince().getNameVi(),
                        d -> d.getProvince().getKind(),
                        d -> d.getProvince().getValidTo())
                .containsExactlyInAnyOrder(
                        tuple(
                                DAK_NONG_RESOLUTION,
                                DAK_NONG,
                                "Đắk Nông",
                                ProvinceKind.PROVINCE,
                                LocalDate.of(2025, 6, 30)),
                        tuple(
                                DAK_NONG_REPORT_2024,
                                DAK_NONG,
                                "Đắk Nông",
                                ProvinceKind.PROVINCE,
                                LocalDate.of(2025, 6, 30)),
                        tuple(
                                BINH_DINH_PROGRAMME,
                                BINH_DINH,
                                "Bình Định",
                                ProvinceKind.PROVINCE,
                                LocalDate.of(2025, 6, 30)),
                        tuple(
                                QUANG_TRI_RESOLUTION,
                                QUANG_TRI,
                                "Quảng Trị",
                                ProvinceKind.PROVINCE,
                                LocalDate.of(2025, 6, 30)),
                        // code 46 resolves to the PROVINCE row Thừa Thiên Huế, not the 2025 city Huế
                        tuple(HUE_DECISION, HUE, "Thừa Thiên Huế", ProvinceKind.PROVINCE, LocalDate.of(2024, 12, 31)));
        assertThat(all).allSatisfy(d -> assertThat(d.getProvince().isValidOn(d.getIssueDate()))
                .isTrue());
    }

    // --- targets: the whole table -------------------------------------------------------------------------

    @Test
    void everyDocumentHoldsExactlyTheExpectedTargetsInDocumentOrder() {
        Map<String, List<String>> expected = EXPECTED_TARGETS
                .lines()
                .filter(l -> !l.isBlank())
                .collect(Collectors.groupingBy(
                        l -> l.substring(0, l.indexOf('|')),
                        LinkedHashMap::new,
                        Collectors.mapping(l -> l.substring(l.indexOf('|') + 1), Collectors.toList())));
        assertThat(expected.values().stream().mapToInt(List::size).sum()).isEqualTo(72);

        expected.forEach((number, rows) -> {
            List<String> actual =
                    targetsOf(number).stream().map(ShippedDataTest::describe).toList();
            assertThat(actual).as("targets of %s", number).containsExactlyElementsOf(rows);
        });
    }

    @Test
    void everyTargetHasANonBlankSentenceAndTheShapeItsComparisonNeeds() {
        List<Target> all = targets.findAllWithDocumentAndIndicator();

        assertThat(all).hasSize(72).allSatisfy(t -> {
            assertThat(t.getSentence()).as("sentence of target %s", t.getId()).isNotBlank();
            assertThat(t.getIndicatorKind()).isEqualTo(t.getIndicator().getUnitKind());
            assertThat(t.getBaselineValue())
                    .as("no document gives a baseline figure")
                    .isNull();
            if (t.getComparison() == Comparison.GROUP_AT_LEAST) {
                assertThat(t.getThresholdValue()).isNull();
                assertThat(t.getIndicator().levelNames()).contains(t.getThresholdLevel());
            } else {
                assertThat(t.getThresholdLevel()).isNull();
                assertThat(t.getThresholdValue()).isNotNull();
            }
        });
    }

    @Test
    void theBaoDakNongArticlesFourTargetsAreThe2024ReportsAndNoTargetNamesASourceOfItsOwn() {
        // V70 (issue 13): the report's 2025 targets, filed under 20-NQ/TU with the article as their source, have a
        // document of their own, whose source the article is
        List<Target> all = targets.findAllWithDocumentAndIndicator();

        assertThat(all).allSatisfy(t -> assertThat(t.getSource()).isNull());
        assertThat(all)
                .filteredOn(t -> t.getDocument().getNumber().equals(DAK_NONG_REPORT_2024))
                .extracting(t -> t.getIndicator().getCode(), Target::getPosition)
                .containsExactly(tuple(PAR_INDEX_RANK, 1), tuple(SIPAS, 2), tuple(PCI_GROUP, 3), tuple(PAPI_GROUP, 4));
        assertThat(documents.findAllWithProvince())
                .filteredOn(d -> d.getNumber().equals(DAK_NONG_REPORT_2024))
                .singleElement()
                .satisfies(d -> assertThat(d.getSource()).startsWith(BAO_DAK_NONG_2024));
    }

    // --- targets: spot checks, 20-NQ/TU (Đắk Nông) -------------------------------------------------------

    @Test
    void dakNongAimsForParIndexRank37By2030() {
        Target t = target(DAK_NONG_RESOLUTION, 26);

        assertThat(t.getIndicator().getCode()).isEqualTo(PAR_INDEX_RANK);
        assertThat(t.getIndicatorKind()).isEqualTo(UnitKind.RANK);
        assertThat(t.getComparison()).isEqualTo(Comparison.RANK_AT_BEST);
        assertThat(t.getThresholdValue()).isEqualByComparingTo("37");
        assertThat(t.getDeadlineYear()).isEqualTo(2030);
        assertThat(t.getSource()).isNull();
        assertThat(t.getSentence()).startsWith("Đến năm 2030, tỉnh phấn đấu chỉ số CCHC đạt thứ hạng từ 37 trở lên;");
    }

    @Test
    void dakNongAimsForParIndexRank40By2025FromTheBaoDakNongArticle() {
        Target t = target(DAK_NONG_REPORT_2024, 1);

        assertThat(t.getIndicator().getCode()).isEqualTo(PAR_INDEX_RANK);
        assertThat(t.getComparison()).isEqualTo(Comparison.RANK_AT_BEST);
        assertThat(t.getThresholdValue()).isEqualByComparingTo("40");
        assertThat(t.getDeadlineYear()).isEqualTo(2025);
        assertThat(t.getSource()).isNull(); // its document's source is the article
        assertThat(t.getSentence())
                .isEqualTo(
                        "Năm 2025, Đắk Nông phấn đấu Chỉ số PAR Index đạt thứ hạng từ 40 trở lên; "
                                + "Chỉ số SIPAS đạt từ 90% trở lên; Chỉ số PCI nằm trong nhóm trung bình; Chỉ số PAPI nằm trong nhóm trung bình cao.");
    }

    @Test
    void dakNongCutsPublicServiceUnitsByTenPercentAgainst2021By2025() {
        Target t = target(DAK_NONG_RESOLUTION, 11);

        assertThat(t.getIndicator().getCode()).isEqualTo("PUBLIC_SERVICE_UNITS");
        assertThat(t.getIndicatorKind()).isEqualTo(UnitKind.COUNT);
        assertThat(t.getComparison()).isEqualTo(Comparison.REDUCE_BY_PERCENT);
        assertThat(t.getThresholdValue()).isEqualByComparingTo("10");
        assertThat(t.getBaselineYear()).isEqualTo(2021);
        assertThat(t.getBaselineValue()).isNull();
        assertThat(t.getDeadlineYear()).isEqualTo(2025);
        assertThat(t.getSentence())
                .isEqualTo("Về cải cách tổ chức bộ máy, đến năm 2025, Đắk Nông giảm tối thiểu bình quân "
                        + "10% số lượng đơn vị sự nghiệp công lập; giảm 5% biên chế công chức; giảm 10% biên chế sự nghiệp hưởng "
                        + "lương từ ngân sách Nhà nước so với năm 2021.");
    }

    @Test
    void oneSentenceStatingThreeReductionsIsRepeatedOnEachOfThem() {
        Target units = target(DAK_NONG_RESOLUTION, 11);
        Target civilServants = target(DAK_NONG_RESOLUTION, 12);
        Target employees = target(DAK_NONG_RESOLUTION, 13);

        assertThat(civilServants.getIndicator().getCode()).isEqualTo("CIVIL_SERVANT_STAFFING");
        assertThat(civilServants.getThresholdValue()).isEqualByComparingTo("5");
        assertThat(employees.getIndicator().getCode()).isEqualTo("PUBLIC_EMPLOYEE_STAFFING");
        assertThat(employees.getThresholdValue()).isEqualByComparingTo("10");
        assertThat(List.of(units, civilServants, employees))
                .extracting(Target::getSentence, Target::getBaselineYear, Target::getDeadlineYear)
                .containsOnly(tuple(units.getSentence(), 2021, 2025));
    }

    @Test
    void dakNongCutsPublicEmployeeStaffingByAFurtherTenPercentAgainst2025By2030() {
        Target t = target(DAK_NONG_RESOLUTION, 16);

        assertThat(t.getIndicator().getCode()).isEqualTo("PUBLIC_EMPLOYEE_STAFFING");
        assertThat(t.getComparison()).isEqualTo(Comparison.REDUCE_BY_PERCENT);
        assertThat(t.getThresholdValue()).isEqualByComparingTo("10");
        assertThat(t.getBaselineYear()).isEqualTo(2025);
        assertThat(t.getDeadlineYear()).isEqualTo(2030);
        assertThat(t.getSentence())
                .isEqualTo("Đến năm 2030, tỉnh tiếp tục giảm bình quân 10% biên chế sự nghiệp hưởng lương "
                        + "từ ngân sách Nhà nước so với năm 2025.");
    }

    @Test
    void dakNongAimsForPciGroupKhaAndPapiGroupHighAverageBy2030() {
        Target pci = target(DAK_NONG_RESOLUTION, 28);
        Target papi = target(DAK_NONG_RESOLUTION, 29);

        assertThat(pci.getIndicator().getCode()).isEqualTo(PCI_GROUP);
        assertThat(pci.getIndicatorKind()).isEqualTo(UnitKind.GROUP);
        assertThat(pci.getComparison()).isEqualTo(Comparison.GROUP_AT_LEAST);
        assertThat(pci.getThresholdLevel()).isEqualTo("khá");
        assertThat(pci.getThresholdValue()).isNull();
        assertThat(pci.getDeadlineYear()).isEqualTo(2030);
        assertThat(pci.getSentence()).contains("chỉ số năng lực cạnh tranh cấp tỉnh nằm trong nhóm khá");
        assertThat(papi.getIndicator().getCode()).isEqualTo(PAPI_GROUP);
        assertThat(papi.getThresholdLevel()).isEqualTo("trung bình cao");
        assertThat(papi.getDeadlineYear()).isEqualTo(2030);
    }

    @Test
    void dakNongAimsForPciGroupAverageBy2025FromTheBaoDakNongArticle() {
        Target t = target(DAK_NONG_REPORT_2024, 3);

        assertThat(t.getIndicator().getCode()).isEqualTo(PCI_GROUP);
        assertThat(t.getThresholdLevel()).isEqualTo("trung bình");
        assertThat(t.getDeadlineYear()).isEqualTo(2025);
        assertThat(t.getSource()).isNull(); // its document's source is the article
    }

    @Test
    void dakNongStatesSipasAtLeast95By2030TwiceInTwoSentences() {
        Target first = target(DAK_NONG_RESOLUTION, 17);
        Target second = target(DAK_NONG_RESOLUTION, 27);

        assertThat(List.of(first, second))
                .extracting(
                        t -> t.getIndicator().getCode(),
                        Target::getComparison,
                        t -> t.getThresholdValue().intValueExact(),
                        Target::getDeadlineYear)
                .containsOnly(tuple(SIPAS, Comparison.AT_LEAST, 95, 2030));
        assertThat(first.getSentence()).isNotEqualTo(second.getSentence());
    }

    @Test
    void dakNongPortalTargetCarriesItsScopeNote() {
        Target t = target(DAK_NONG_RESOLUTION, 2);

        assertThat(t.getIndicator().getCode()).isEqualTo("TTHC_NATIONAL_PORTAL_RATE");
        assertThat(t.getThresholdValue()).isEqualByComparingTo("80");
        assertThat(t.getDeadlineYear()).isEqualTo(2025);
        assertThat(t.getScopeNote()).isEqualTo("trong số TTHC cung cấp trực tuyến mức độ 3 và 4");
        assertThat(t.getSentence())
                .isEqualTo("Trong đó, 80% TTHC được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia.");
    }

    // --- targets: spot checks, 09-CTr/TU (Bình Định) ------------------------------------------------------

    @Test
    void binhDinhAimsForAllEligibleProceduresOnlineAtLevel3And4By2025() {
        Target t = target(BINH_DINH_PROGRAMME, 3);

        assertThat(t.getIndicator().getCode()).isEqualTo("TTHC_ONLINE_L34_RATE");
        assertThat(t.getComparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(t.getThresholdValue()).isEqualByComparingTo("100");
        assertThat(t.getDeadlineYear()).isEqualTo(2025);
        assertThat(t.getSentence())
                .isEqualTo("Đạt 100% thủ tục hành chính có đủ điều kiện được cung cấp trực tuyến mức độ 3, mức độ 4.");
    }

    @Test
    void binhDinhLandSatisfactionTargetIsScopedToLandAndConstruction() {
        Target t = target(BINH_DINH_PROGRAMME, 2);

        assertThat(t.getIndicator().getCode()).isEqualTo("SATISFACTION_TTHC_LAND_RATE");
        assertThat(t.getThresholdValue()).isEqualByComparingTo("80");
        assertThat(t.getScopeNote()).isEqualTo("lĩnh vực đất đai, xây dựng");
        assertThat(t.getSentence())
                .isEqualTo("Trong đó, mức độ hài lòng về giải quyết thủ tục hành chính trên lĩnh vực đất "
                        + "đai, xây dựng đạt tối thiểu 80%.");
    }

    // --- targets: spot checks, 02-NQ/BCSĐ (Quảng Trị) -----------------------------------------------------

    @Test
    void quangTriAimsForDossiersOnTimeAtLeast99PercentInEachOf2023To2025() {
        List<Target> onTime = targetsOf(QUANG_TRI_RESOLUTION).stream()
                .filter(t -> t.getIndicator().getCode().equals("DOSSIER_ON_TIME_RATE"))
                .toList();

        assertThat(onTime)
                .extracting(
                        Target::getComparison,
                        t -> t.getThresholdValue().intValueExact(),
                        Target::getDeadlineYear,
                        Target::getScopeNote)
                .containsExactly(
                        tuple(Comparison.AT_LEAST, 99, 2023, "hàng năm"),
                        tuple(Comparison.AT_LEAST, 99, 2024, "hàng năm"),
                        tuple(Comparison.AT_LEAST, 99, 2025, "hàng năm"));
        assertThat(onTime)
                .extracting(Target::getSentence)
                .containsOnly("Tỷ lệ số lượng hồ sơ thủ tục hành chính được "
                        + "giải quyết đúng hạn và trước hạn hàng năm đạt từ 99% trở lên.");
    }

    @Test
    void quangTriAimsForParIndexGradeBAndTop20RanksBy2025() {
        Target score = target(QUANG_TRI_RESOLUTION, 1);
        Target parRank = target(QUANG_TRI_RESOLUTION, 2);
        Target papiGroup = target(QUANG_TRI_RESOLUTION, 3);
        Target papiRank = target(QUANG_TRI_RESOLUTION, 4);

        assertThat(score.getIndicator().getCode()).isEqualTo("PAR_INDEX_SCORE");
        assertThat(score.getIndicatorKind()).isEqualTo(UnitKind.SCORE);
        assertThat(score.getThresholdValue()).isEqualByComparingTo("80");
        assertThat(score.getScopeNote()).isEqualTo("loại B: từ 80% đến dưới 90%");
        assertThat(parRank.getIndicator().getCode()).isEqualTo(PAR_INDEX_RANK);
        assertThat(parRank.getComparison()).isEqualTo(Comparison.RANK_AT_BEST);
        assertThat(parRank.getThresholdValue()).isEqualByComparingTo("20");
        assertThat(papiGroup.getThresholdLevel()).isEqualTo("trung bình cao");
        assertThat(papiRank.getIndicator().getCode()).isEqualTo("PAPI_RANK");
        assertThat(papiRank.getThresholdValue()).isEqualByComparingTo("20");
        assertThat(List.of(score, parRank, papiGroup, papiRank))
                .extracting(Target::getDeadlineYear)
                .containsOnly(2025);
    }

    @Test
    void quangTriSentencesKeepTheSourcesTypos() {
        assertThat(target(QUANG_TRI_RESOLUTION, 10).getSentence())
                .isEqualTo(
                        "số hóa kết quả giải quyết thủ tục hành chính đang "
                                + "còn hiệu lực và có giá trị sử dụng thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xẵ đạt 100%.");
        assertThat(target(QUANG_TRI_RESOLUTION, 14).getSentence())
                .contains("cùa người dân", "thù tục hành chính", "giài quyết");
    }

    // --- targets: spot checks, 2847/QĐ-UBND (Thừa Thiên Huế) -----------------------------------------------

    @Test
    void hueAimsForSipasAbove80PercentIn2019() {
        Target t = target(HUE_DECISION, 5);

        assertThat(t.getIndicator().getCode()).isEqualTo(SIPAS);
        assertThat(t.getComparison()).isEqualTo(Comparison.MORE_THAN);
        assertThat(t.getThresholdValue()).isEqualByComparingTo("80");
        assertThat(t.getDeadlineYear()).isEqualTo(2019);
        assertThat(t.getSentence())
                .contains("đảm bảo mức độ hài lòng của người dân và doanh nghiệp về TTHC đạt trên 80%");
        assertThat(target(HUE_DECISION, 4).getComparison()).isEqualTo(Comparison.MORE_THAN);
        assertThat(target(HUE_DECISION, 4).getSentence()).isEqualTo(t.getSentence());
    }

    @Test
    void hueAimsForATop10ParIndexIn2019() {
        Target t = target(HUE_DECISION, 1);

        assertThat(t.getIndicator().getCode()).isEqualTo(PAR_INDEX_RANK);
        assertThat(t.getComparison()).isEqualTo(Comparison.RANK_AT_BEST);
        assertThat(t.getThresholdValue()).isEqualByComparingTo("10");
        assertThat(t.getDeadlineYear()).isEqualTo(2019);
        assertThat(t.getSentence())
                .isEqualTo("Phấn đấu Chỉ số CCHC (PAR Index) của tỉnh năm 2019 thuộc nhóm 10 địa phương "
                        + "dẫn đầu cả nước.");
    }

    @Test
    void hueOnlineDossierTargetsSeparateJusticeAndBusinessFromOtherFields() {
        Target justice = target(HUE_DECISION, 11);
        Target others = target(HUE_DECISION, 12);

        assertThat(justice.getIndicator().getCode()).isEqualTo("DOSSIER_ONLINE_JUSTICE_BUSINESS_RATE");
        assertThat(justice.getComparison()).isEqualTo(Comparison.MORE_THAN);
        assertThat(justice.getThresholdValue()).isEqualByComparingTo("60");
        assertThat(others.getIndicator().getCode()).isEqualTo("DOSSIER_ONLINE_RATE");
        assertThat(others.getComparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(others.getThresholdValue()).isEqualByComparingTo("30");
        assertThat(others.getScopeNote()).isEqualTo("các lĩnh vực khác");
    }

    // --- measurements -------------------------------------------------------------------------------------

    @Test
    void shipsTheSixDakNongMeasurementsFromTheBaoDakNongArticle() {
        // beside the published national results of V61 (PublishedResultsTest), which are written by 'system'
        List<Measurement> all = ownResults(measurements.findAll());

        assertThat(all).hasSize(6);
        assertThat(ownResults(measurements.findByProvinceCode(DAK_NONG)))
                .extracting(
                        m -> m.getIndicator().getCode(),
                        Measurement::getIndicatorKind,
                        Measurement::getYear,
                        m -> m.getValueNumber().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple(SIPAS, UnitKind.PERCENT, 2022, "80.09"),
                        tuple(SIPAS, UnitKind.PERCENT, 2023, "81.21"),
                        tuple("PAR_DIRECTION_RANK", UnitKind.RANK, 2023, "12"),
                        tuple("PAR_TTHC_RANK", UnitKind.RANK, 2023, "14"),
                        tuple("CCHC_PLAN_COMPLETION_RATE", UnitKind.PERCENT, 2024, "95.6"),
                        tuple("DOSSIER_ON_TIME_RATE", UnitKind.PERCENT, 2024, "97.4"));
    }

    @Test
    void everyShippedMeasurementCitesTheBaoDakNongArticleAndBelongsToDakNong() {
        assertThat(ownResults(measurements.findByProvinceCode(DAK_NONG)))
                .hasSize(6)
                .allSatisfy(m -> {
                    assertThat(m.getSource()).isEqualTo(BAO_DAK_NONG_2024).contains("09/12/2024");
                    assertThat(m.getValueLevel()).isNull();
                    assertThat(m.getNote()).startsWith("Bài báo:");
                    assertThat(m.getCreatedBy()).isEqualTo("shipped-data");
                    assertThat(m.getUpdatedBy()).isEqualTo("shipped-data");
                    assertThat(m.getProvince().getNameVi()).isEqualTo("Đắk Nông");
                    assertThat(m.getProvince().getValidTo()).isEqualTo(LocalDate.of(2025, 6, 30));
                });
    }

    /** The results shipped with the four provinces' documents, not the published national ones. */
    private static List<Measurement> ownResults(List<Measurement> all) {
        return all.stream().filter(m -> !m.getCreatedBy().equals("system")).toList();
    }

    // --- indicator catalogue --------------------------------------------------------------------------------

    @Test
    void catalogueContainsEveryRequiredIndicator() {
        List<String> codes =
                indicators.findAll().stream().map(Indicator::getCode).toList();

        assertThat(codes).containsAll(REQUIRED_INDICATORS);
    }

    @Test
    void everyTargetedIndicatorIsInTheCatalogue() {
        List<String> codes =
                indicators.findAll().stream().map(Indicator::getCode).toList();
        List<String> targeted = EXPECTED_TARGETS
                .lines()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\\|")[2])
                .distinct()
                .toList();

        assertThat(codes).containsAll(targeted);
    }

    @Test
    void indicatorsHaveTheUnitKindDirectionAndRangeTheirValuesNeed() {
        Map<String, Indicator> byCode =
                indicators.findAll().stream().collect(Collectors.toMap(Indicator::getCode, i -> i));

        assertThat(byCode.get(SIPAS))
                .extracting(Indicator::getUnitKind, Indicator::getDirection)
                .containsExactly(UnitKind.PERCENT, Direction.HIGHER_IS_BETTER);
        assertThat(byCode.get(SIPAS).getMinValue()).isEqualByComparingTo("0");
        assertThat(byCode.get(SIPAS).getMaxValue()).isEqualByComparingTo("100");
        assertThat(byCode.get(PAR_INDEX_RANK))
                .extracting(Indicator::getUnitKind, Indicator::getDirection)
                .containsExactly(UnitKind.RANK, Direction.LOWER_IS_BETTER);
        assertThat(byCode.get(PAR_INDEX_RANK).getMinValue()).isEqualByComparingTo("1");
        assertThat(byCode.get(PAR_INDEX_RANK).getMaxValue()).isEqualByComparingTo("63");
        assertThat(byCode.get("PUBLIC_SERVICE_UNITS"))
                .extracting(Indicator::getUnitKind, Indicator::getDirection, Indicator::getMaxValue)
                .containsExactly(UnitKind.COUNT, Direction.LOWER_IS_BETTER, null);
        assertThat(byCode.get("PAR_INDEX_SCORE").getUnitKind()).isEqualTo(UnitKind.SCORE);
        assertThat(byCode.get(PCI_GROUP))
                .extracting(Indicator::getUnitKind, Indicator::getMinValue, Indicator::getMaxValue)
                .containsExactly(UnitKind.GROUP, null, null);
    }

    @Test
    void catalogueHasTheSevenReformAreasInOrder() {
        List<ReformArea> areas = reformAreas.findAllByOrderByPosition();

        assertThat(areas)
                .extracting(ReformArea::getCode, ReformArea::getNameVi)
                .containsExactly(
                        tuple("DIRECTION", "Công tác chỉ đạo, điều hành"),
                        tuple("INSTITUTIONS", "Cải cách thể chế"),
                        tuple("PROCEDURES", "Cải cách thủ tục hành chính"),
                        tuple("APPARATUS", "Cải cách tổ chức bộ máy"),
                        tuple("CIVIL_SERVICE", "Cải cách chế độ công vụ"),
                        tuple("PUBLIC_FINANCE", "Cải cách tài chính công"),
                        tuple("DIGITAL_GOVERNMENT", "Xây dựng chính quyền điện tử, chính quyền số"));
        assertThat(areas).allSatisfy(a -> assertThat(a.getNameEn()).isNotBlank());
    }

    @Test
    void papiGroupLevelsRunFromLowestToHighest() {
        Indicator papi = indicators.findById(PAPI_GROUP).orElseThrow();

        assertThat(papi.levelNames()).containsExactly("thấp nhất", "trung bình thấp", "trung bình cao", "cao nhất");
        assertThat(papi.getLevels())
                .extracting(l -> l.getNameEn())
                .containsExactly("lowest", "low average", "high average", "highest");
    }

    @Test
    void pciGroupLevelsRunFromLowToVeryGood() {
        Indicator pci = indicators.findById(PCI_GROUP).orElseThrow();

        assertThat(pci.levelNames()).containsExactly("thấp", "tương đối thấp", "trung bình", "khá", "tốt", "rất tốt");
    }

    @Test
    void onlyGroupIndicatorsHaveLevels() {
        assertThat(indicators.findAll()).allSatisfy(i -> {
            if (i.isGroup()) {
                assertThat(i.getLevels()).as(i.getCode()).isNotEmpty();
            } else {
                assertThat(i.getLevels()).as(i.getCode()).isEmpty();
            }
        });
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private List<Target> targetsOf(String documentNumber) {
        return targets.findByDocumentId(documentId(jdbc, documentNumber));
    }

    private Target target(String documentNumber, int position) {
        return targetsOf(documentNumber).stream()
                .filter(t -> t.getPosition() == position)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target " + position + " in " + documentNumber));
    }

    /** position|indicator|kind|comparison|threshold|deadline|baseline|scope|source — as in EXPECTED_TARGETS. */
    private static String describe(Target t) {
        String threshold =
                t.getThresholdLevel() != null ? "'" + t.getThresholdLevel() + "'" : plain(t.getThresholdValue());
        return String.join(
                "|",
                Arrays.asList(
                        String.valueOf(t.getPosition()),
                        t.getIndicator().getCode(),
                        t.getIndicatorKind().name(),
                        t.getComparison().name(),
                        threshold,
                        String.valueOf(t.getDeadlineYear()),
                        t.getBaselineYear() == null ? "" : String.valueOf(t.getBaselineYear()),
                        t.getScopeNote() == null ? "" : t.getScopeNote(),
                        t.getSource() == null
                                ? ""
                                : t.getSource().equals(BAO_DAK_NONG_2024) ? "Báo Đắk Nông" : t.getSource()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
