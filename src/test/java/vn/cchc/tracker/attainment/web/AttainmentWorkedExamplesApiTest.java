package vn.cchc.tracker.attainment.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;

/** Issue 13's worked examples through {@code GET /api/v1/attainment}: the shipped data, then test data. */
@ApplicationTest
@Transactional
class AttainmentWorkedExamplesApiTest {

    private static final String QUANG_TRI_SIPAS = "$[?(@.indicatorCode == 'SIPAS' && @.threshold == 85)]";
    private static final String DAK_NONG_2030 = "$[?(@.deadlineYear == 2030)]";
    private static final String DAK_NONG_2030_NOT_MET = "$[?(@.deadlineYear == 2030 && @.status != 'MET')]";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private ResultActions attainment(String province, int year) throws Exception {
        return mvc.perform(get("/api/v1/attainment")
                        .param("province", province)
                        .param("year", Integer.toString(year))
                        .param("detail", "true")
                        .param("lang", "en"))
                .andExpect(status().isOk());
    }

    @Test
    void quangTriSipasIsOnTrackIn2024WithItsProjectionProgressAndExpectedValue() throws Exception {
        attainment(QUANG_TRI, 2024)
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".status").value(contains("ON_TRACK")))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".projectedValue").value(contains(85.52)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".progress").value(contains(0.3536)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".expectedValue").value(contains(82.1433)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.rule").value(contains("PROJECTED_TO_MEET")))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.points[*].year")
                        .value(contains(2022, 2023)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.points[*].value")
                        .value(contains(76.43, 79.46)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.points[*].baseline")
                        .value(contains(false, false)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.slope").value(contains(3.03)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.projection").value(contains(85.52)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.start").value(contains(76.43)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.goal").value(contains(85)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.progress").value(contains(0.3536)));
    }

    @Test
    void quangTriSipasIsClosedIn2025NamingTheNewQuangTri() throws Exception {
        attainment(QUANG_TRI, 2025)
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".status").value(contains("CLOSED")))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".judgedValue").value(contains(79.46)))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".explanation").value(contains(containsString("Quảng Trị (44)"))))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.unitEnded.successorCode")
                        .value(contains("44")))
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".calculation.unitEnded.successorName")
                        .value(contains("Quảng Trị")));
    }

    @Test
    void dakNongs2030TargetsAreClosedIn2026NamingLamDong() throws Exception {
        // all twelve but the one its results already met (rule 2: met stays met after the unit ended)
        attainment(DAK_NONG, 2026)
                .andExpect(jsonPath(DAK_NONG_2030, hasSize(12)))
                .andExpect(jsonPath(DAK_NONG_2030_NOT_MET, hasSize(11)))
                .andExpect(jsonPath(DAK_NONG_2030_NOT_MET + ".status").value(everyItem(is("CLOSED"))))
                .andExpect(jsonPath(DAK_NONG_2030_NOT_MET + ".explanation")
                        .value(everyItem(containsString("Lâm Đồng (68)"))))
                .andExpect(jsonPath(DAK_NONG_2030_NOT_MET + ".calculation.unitEnded.successorCode")
                        .value(everyItem(is("68"))));
    }

    @Test
    void withoutDetailThereIsNoCalculationButGoalAndExpectedValue() throws Exception {
        mvc.perform(get("/api/v1/attainment").param("province", QUANG_TRI).param("year", "2024"))
                .andExpect(jsonPath("$[0].calculation").doesNotExist())
                .andExpect(jsonPath("$[0].goalId").isNumber())
                .andExpect(jsonPath(QUANG_TRI_SIPAS + ".expectedValue").value(contains(82.1433)));
    }

    @Test
    void dakNongsSipasGoalOfTwoDocumentsSharesOneGoalId() throws Exception {
        attainment(DAK_NONG, 2024)
                .andExpect(jsonPath(
                        "$[?(@.indicatorCode == 'SIPAS' && @.deadlineYear == 2025)].documentNumber", hasSize(2)))
                .andExpect(jsonPath("$[?(@.indicatorCode == 'SIPAS' && @.deadlineYear == 2025)].goalId")
                        .value(contains((int) goalIdOf(2025), (int) goalIdOf(2025))));
    }

    @Test
    void aContinuingUnitAwaitsItsDeadlineResultWithinTheLagThenMissesIt() throws Exception {
        // set by Huế (the city, from 2025), measured by Thừa Thiên Huế: one territory, one series
        long document = document("Huế", "99/TEST-HUE");
        target(document, "SIPAS", "90", 1);
        result("Thừa Thiên Huế", "SIPAS", 2022, "80");
        result("Thừa Thiên Huế", "SIPAS", 2023, "85");
        String huesSipas = "$[?(@.documentNumber == '99/TEST-HUE')]";

        attainment(HUE, 2026)
                .andExpect(jsonPath(huesSipas + ".status").value(contains("AWAITING_RESULT")))
                .andExpect(jsonPath(huesSipas + ".judgedYear").value(contains(2023)))
                .andExpect(jsonPath(huesSipas + ".explanation")
                        .value(contains(containsString("Awaiting the 2025 result"))));
        attainment(HUE, 2027)
                .andExpect(jsonPath(huesSipas + ".status").value(contains("MISSED")))
                .andExpect(jsonPath(huesSipas + ".calculation.rule").value(contains("MISSED_NO_DEADLINE_RESULT")));
    }

    @Test
    void aTargetWhoseStartMetItAndThatSlippedBackIsOffTrackWithoutProgress() throws Exception {
        long document = document("Huế", "98/TEST-HUE");
        target(document, "DOSSIER_ONLINE_RATE", "50", 1);
        result("Thừa Thiên Huế", "DOSSIER_ONLINE_RATE", 2020, "60");
        result("Thừa Thiên Huế", "DOSSIER_ONLINE_RATE", 2021, "55");
        result("Thừa Thiên Huế", "DOSSIER_ONLINE_RATE", 2022, "45");
        String slipped = "$[?(@.documentNumber == '98/TEST-HUE')]";

        attainment(HUE, 2023)
                .andExpect(jsonPath(slipped + ".status").value(contains("OFF_TRACK")))
                .andExpect(jsonPath(slipped + ".progress").value(contains(nullValue())))
                .andExpect(jsonPath(slipped + ".calculation.startMetGoal").value(contains(true)))
                .andExpect(jsonPath(slipped + ".calculation.rule").value(contains("FELL_BACK")));
    }

    private long goalIdOf(int deadline) {
        return jdbc.queryForObject("""
                select min(t.id) from target t join document d on d.id = t.document_id
                  join province p on p.id = d.province_id
                where p.code = '67' and t.indicator_code = 'SIPAS' and t.deadline_year = ?""", Long.class, deadline);
    }

    private long document(String unitName, String number) {
        return jdbc.queryForObject("""
                insert into document (province_id, number, kind, issuing_body, issue_date, title, source)
                select id, ?, 'PLAN', 'UBND (thử nghiệm)', date '2025-03-01', 'Kế hoạch thử nghiệm', 'dữ liệu thử nghiệm'
                from province where code = '46' and name_vi = ?
                returning id""", Long.class, number, unitName);
    }

    private void target(long document, String indicator, String threshold, int position) {
        jdbc.update("""
                insert into target (document_id, position, indicator_code, indicator_kind, comparison, threshold_value,
                                    deadline_year, sentence)
                values (?, ?, ?, 'PERCENT', 'AT_LEAST', ?, 2025, 'Câu thử nghiệm')""", document, position, indicator, new BigDecimal(threshold));
    }

    private void result(String unitName, String indicator, int year, String value) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select id, ?, 'PERCENT', ?, ?, 'dữ liệu thử nghiệm', 'test', 'test' from province
                where code = '46' and name_vi = ?""", indicator, year, new BigDecimal(value), unitName);
    }
}
