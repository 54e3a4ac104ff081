package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_REPORT_2024;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.HUE_DECISION;
import static vn.cchc.tracker.testing.ShippedData.LAM_DONG;
import static vn.cchc.tracker.testing.ShippedData.PAPI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;
import static vn.cchc.tracker.testing.ShippedData.PCI_GROUP;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.REQUIRED_INDICATORS;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.testing.ApplicationTest;

/** The read-only JSON API, /api/v1, against the shipped data. */
@ApplicationTest
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    record ProvinceJson(
            String code,
            String name,
            String kind,
            LocalDate validFrom,
            LocalDate validTo,
            String successorCode,
            String successorName,
            String changeNote) {}

    record IndicatorJson(
            String code,
            String nameVi,
            String nameEn,
            String reformArea,
            String unitKind,
            String direction,
            BigDecimal minValue,
            BigDecimal maxValue,
            List<String> levels) {}

    record TargetJson(
            long id,
            String provinceCode,
            String provinceName,
            String documentNumber,
            String indicatorCode,
            String comparison,
            Object threshold,
            int deadlineYear,
            Integer baselineYear,
            BigDecimal baselineValue,
            String scopeNote,
            String sentence) {}

    record ErrorJson(int status, String error, String message, String path, String parameter, String timestamp) {}

    // --- provinces --------------------------------------------------------------------------------------------

    @Test
    void listsAllEightySevenAdministrativeUnits() throws Exception {
        List<ProvinceJson> units = getList("/api/v1/provinces", new TypeReference<>() {});

        assertThat(units).hasSize(87);
        assertThat(units)
                .extracting(ProvinceJson::code, ProvinceJson::name, ProvinceJson::kind)
                .contains(
                        tuple("44", "Quảng Bình", "PROVINCE"),
                        tuple(QUANG_TRI, "Quảng Trị", "PROVINCE"),
                        tuple(HUE, "Thừa Thiên Huế", "PROVINCE"),
                        tuple(HUE, "Huế", "CITY"),
                        tuple(BINH_DINH, "Bình Định", "PROVINCE"),
                        tuple("64", "Gia Lai", "PROVINCE"),
                        tuple(BINH_DINH, "Gia Lai", "PROVINCE"),
                        tuple("44", "Quảng Trị", "PROVINCE"),
                        tuple(LAM_DONG, "Lâm Đồng", "PROVINCE"),
                        tuple(DAK_NONG, "Đắk Nông", "PROVINCE"),
                        tuple(LAM_DONG, "Lâm Đồng", "PROVINCE"));
    }

    @Test
    void dakNongEndsInJune2025AndNamesLamDong68AsItsSuccessor() throws Exception {
        ProvinceJson dakNong = unit("Đắk Nông");

        assertThat(dakNong.code()).isEqualTo(DAK_NONG);
        assertThat(dakNong.validFrom())
                .as("in force before the unit list's period")
                .isNull();
        assertThat(dakNong.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(dakNong.successorCode()).isEqualTo(LAM_DONG);
        assertThat(dakNong.successorName()).isEqualTo("Lâm Đồng");
        assertThat(dakNong.changeNote()).isNull();
    }

    @Test
    void thuaThienHueAndHueShareCode46() throws Exception {
        ProvinceJson province = unit("Thừa Thiên Huế");
        ProvinceJson city = unit("Huế");

        assertThat(province.code()).isEqualTo(city.code()).isEqualTo(HUE);
        assertThat(province.validTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(province.successorCode()).isEqualTo(HUE);
        assertThat(province.successorName()).isEqualTo("Huế");
        assertThat(city.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(city.validTo()).isNull();
        assertThat(city.successorCode()).isNull();
    }

    @Test
    void writesDatesAsIsoStrings() throws Exception {
        String body = body(mvc.perform(get("/api/v1/provinces")).andReturn().getResponse());

        assertThat(body).contains("\"validFrom\":\"2025-07-01\"", "\"validTo\":\"2025-06-30\"");
    }

    // --- indicators -------------------------------------------------------------------------------------------

    @Test
    void listsEveryRequiredIndicator() throws Exception {
        List<IndicatorJson> indicators = getList("/api/v1/indicators", new TypeReference<>() {});

        assertThat(indicators)
                .extracting(IndicatorJson::code)
                .containsAll(REQUIRED_INDICATORS)
                .doesNotHaveDuplicates();
        assertThat(indicators).hasSize(jdbc.queryForObject("select count(*) from indicator", Integer.class));
    }

    @Test
    void groupIndicatorsListTheirLevelsLowestFirst() throws Exception {
        Map<String, IndicatorJson> byCode = indicatorsByCode();

        assertThat(byCode.get(PAPI_GROUP).levels())
                .containsExactly("thấp nhất", "trung bình thấp", "trung bình cao", "cao nhất");
        assertThat(byCode.get(PCI_GROUP).levels())
                .containsExactly("thấp", "tương đối thấp", "trung bình", "khá", "tốt", "rất tốt");
        assertThat(byCode.get(SIPAS).levels()).isNull();
    }

    @Test
    void indicatorsCarryUnitKindDirectionAndRange() throws Exception {
        Map<String, IndicatorJson> byCode = indicatorsByCode();

        assertThat(byCode.get(SIPAS))
                .extracting(
                        IndicatorJson::unitKind,
                        IndicatorJson::direction,
                        IndicatorJson::reformArea,
                        IndicatorJson::minValue,
                        IndicatorJson::maxValue)
                .containsExactly("PERCENT", "HIGHER_IS_BETTER", "DIRECTION", BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(byCode.get(PAR_INDEX_RANK))
                .extracting(
                        IndicatorJson::unitKind,
                        IndicatorJson::direction,
                        IndicatorJson::minValue,
                        IndicatorJson::maxValue)
                .containsExactly("RANK", "LOWER_IS_BETTER", BigDecimal.ONE, new BigDecimal("63"));
        assertThat(byCode.get("PUBLIC_SERVICE_UNITS"))
                .extracting(
                        IndicatorJson::unitKind,
                        IndicatorJson::direction,
                        IndicatorJson::reformArea,
                        IndicatorJson::minValue,
                        IndicatorJson::maxValue)
                .containsExactly("COUNT", "LOWER_IS_BETTER", "APPARATUS", BigDecimal.ZERO, null);
        assertThat(byCode.get("PAR_INDEX_SCORE").unitKind()).isEqualTo("SCORE");
        assertThat(byCode.get(PCI_GROUP))
                .extracting(
                        IndicatorJson::unitKind,
                        IndicatorJson::direction,
                        IndicatorJson::minValue,
                        IndicatorJson::maxValue)
                .containsExactly("GROUP", "HIGHER_IS_BETTER", null, null);
        assertThat(byCode.get(SIPAS).nameEn()).isEqualTo("Satisfaction with public administrative services (SIPAS)");
        assertThat(byCode.values())
                .extracting(IndicatorJson::unitKind)
                .containsOnly("PERCENT", "SCORE", "RANK", "COUNT", "GROUP");
        assertThat(byCode.values())
                .extracting(IndicatorJson::direction)
                .containsOnly("HIGHER_IS_BETTER", "LOWER_IS_BETTER");
    }

    @Test
    void writesRangesAsPlainNumbers() throws Exception {
        String body = body(mvc.perform(get("/api/v1/indicators")).andReturn().getResponse());

        assertThat(body).contains("\"code\":\"SIPAS\"").contains("\"minValue\":0,\"maxValue\":100,");
        assertThat(body).doesNotContain("100.0000", "1E+2");
    }

    // --- targets ----------------------------------------------------------------------------------------------

    @Test
    void dakNongHasThe33TargetsOfResolution20InDocumentOrder() throws Exception {
        List<TargetJson> targets = targetsOf(DAK_NONG);

        assertThat(targets).hasSize(33);
        assertThat(targets)
                .extracting(TargetJson::documentNumber)
                .containsOnly(DAK_NONG_RESOLUTION, DAK_NONG_REPORT_2024);
        assertThat(targets)
                .extracting(TargetJson::provinceCode, TargetJson::provinceName)
                .containsOnly(tuple(DAK_NONG, "Đắk Nông"));
        assertThat(targets.get(0))
                .extracting(TargetJson::indicatorCode, TargetJson::comparison, TargetJson::deadlineYear)
                .containsExactly("TTHC_ONLINE_L34_RATE", "AT_LEAST", 2025);
        assertThat(targets.get(32))
                .extracting(TargetJson::indicatorCode, TargetJson::threshold, TargetJson::deadlineYear)
                .containsExactly(PAPI_GROUP, "trung bình cao", 2025);
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.sentence()).isNotBlank();
            assertThat(t.threshold()).isNotNull();
            assertThat(t.baselineValue()).isNull();
        });
    }

    @Test
    void dakNongParIndexRankTargetIs37OrBetterBy2030() throws Exception {
        List<TargetJson> par = targetsOf(DAK_NONG).stream()
                .filter(t -> t.indicatorCode().equals(PAR_INDEX_RANK))
                .toList();

        assertThat(par)
                .extracting(
                        TargetJson::comparison,
                        TargetJson::threshold,
                        TargetJson::deadlineYear,
                        TargetJson::baselineYear)
                .containsExactly(tuple("RANK_AT_BEST", 37, 2030, null), tuple("RANK_AT_BEST", 40, 2025, null));
        assertThat(par.get(0).sentence())
                .startsWith("Đến năm 2030, tỉnh phấn đấu chỉ số CCHC đạt thứ hạng từ 37 trở lên;");
    }

    @Test
    void dakNongPciTargetNamesTheKhaLevelAsAString() throws Exception {
        List<TargetJson> pci = targetsOf(DAK_NONG).stream()
                .filter(t -> t.indicatorCode().equals(PCI_GROUP))
                .toList();

        assertThat(pci)
                .extracting(TargetJson::comparison, TargetJson::threshold, TargetJson::deadlineYear)
                .containsExactly(tuple("GROUP_AT_LEAST", "khá", 2030), tuple("GROUP_AT_LEAST", "trung bình", 2025));
    }

    @Test
    void reductionTargetsCarryTheirBaselineYear() throws Exception {
        List<TargetJson> reductions = targetsOf(DAK_NONG).stream()
                .filter(t -> t.comparison().equals("REDUCE_BY_PERCENT"))
                .toList();

        assertThat(reductions)
                .extracting(
                        TargetJson::indicatorCode,
                        TargetJson::threshold,
                        TargetJson::baselineYear,
                        TargetJson::deadlineYear)
                .containsExactly(
                        tuple("PUBLIC_SERVICE_UNITS", 10, 2021, 2025),
                        tuple("CIVIL_SERVANT_STAFFING", 5, 2021, 2025),
                        tuple("PUBLIC_EMPLOYEE_STAFFING", 10, 2021, 2025),
                        tuple("PUBLIC_EMPLOYEE_STAFFING", 10, 2025, 2030));
    }

    @Test
    void writesNumericThresholdsAsJsonNumbersAndLevelsAsStrings() throws Exception {
        String body = body(
                mvc.perform(get("/api/v1/provinces/67/targets")).andReturn().getResponse());

        assertThat(body)
                .contains("\"threshold\":37,", "\"threshold\":\"khá\",")
                .doesNotContain("\"threshold\":\"37\"", "37.0000");
    }

    @Test
    void code46ListsThe15TargetsOfDecision2847OfThuaThienHue() throws Exception {
        List<TargetJson> targets = targetsOf(HUE);

        assertThat(targets).hasSize(15);
        assertThat(targets)
                .extracting(TargetJson::documentNumber, TargetJson::provinceName)
                .containsOnly(tuple(HUE_DECISION, "Thừa Thiên Huế"));
        assertThat(targets)
                .filteredOn(t -> t.indicatorCode().equals(SIPAS))
                .extracting(TargetJson::comparison, TargetJson::threshold, TargetJson::deadlineYear)
                .containsExactly(tuple("MORE_THAN", 80, 2019));
    }

    @Test
    void otherProvincesListTheirOwnTargets() throws Exception {
        assertThat(targetsOf(BINH_DINH))
                .hasSize(6)
                .extracting(TargetJson::documentNumber)
                .containsOnly(BINH_DINH_PROGRAMME);
        assertThat(targetsOf(QUANG_TRI))
                .hasSize(18)
                .extracting(TargetJson::documentNumber)
                .containsOnly(QUANG_TRI_RESOLUTION);
        assertThat(targetsOf(LAM_DONG)).isEmpty();
    }

    // --- errors -----------------------------------------------------------------------------------------------

    @Test
    void unknownProvinceCodeIsA404WithAJsonBody() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/api/v1/provinces/99/targets")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        ErrorJson error = JSON.readValue(body(response), ErrorJson.class);
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.error()).isEqualTo("Not Found");
        assertThat(error.message()).isEqualTo("Không có tỉnh, thành phố nào mang mã “99”.");
        assertThat(error.path()).isEqualTo("/api/v1/provinces/99/targets");
        assertThat(error.timestamp()).isNotBlank();
        assertThat(body(response)).doesNotContain("Exception", "at org.", "<html");
    }

    @Test
    void errorMessageFollowsTheRequestedLanguage() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/api/v1/provinces/99/targets").param("lang", "en"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(JSON.readValue(body(response), ErrorJson.class).message())
                .isEqualTo("There is no province with code “99”.");
    }

    @Test
    void apiAnswersJsonEvenWhenTheClientAcceptsHtml() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/api/v1/provinces/99/targets").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private List<TargetJson> targetsOf(String code) throws Exception {
        return getList("/api/v1/provinces/" + code + "/targets", new TypeReference<>() {});
    }

    private ProvinceJson unit(String name) throws Exception {
        List<ProvinceJson> units = getList("/api/v1/provinces", new TypeReference<>() {});
        return units.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private Map<String, IndicatorJson> indicatorsByCode() throws Exception {
        List<IndicatorJson> indicators = getList("/api/v1/indicators", new TypeReference<>() {});
        return indicators.stream().collect(Collectors.toMap(IndicatorJson::code, Function.identity()));
    }

    private <T> List<T> getList(String url, TypeReference<List<T>> type) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
        assertThat(response.getContentType())
                .as("content type of %s", url)
                .startsWith(MediaType.APPLICATION_JSON_VALUE);
        return JSON.readValue(body(response), type);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
