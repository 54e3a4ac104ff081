package vn.cchc.tracker.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * Đắk Nông's SIPAS goal (≥ 90% by 2025) judged in 2024, which has no yearly SIPAS result: on its latest provisional
 * value, marked with its period, until the yearly result replaces it (issue 16). Every test rolled back.
 */
@ApplicationTest
@Transactional
class ProvisionalAttainmentTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String DAK_NONG_SIPAS = "$[?(@.indicatorCode == 'SIPAS')]";

    @Autowired
    AttainmentService attainment;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aYearWithoutAYearlyResultIsJudgedOnItsLatestProvisionalValueUntilTheYearlyResultReplacesIt() {
        provisional("Q1", "82");
        provisional("H1", "91");

        TargetAttainment during = sipas2025(attainment.evaluate(DAK_NONG, 2024, VI));

        assertThat(during.result().judgedYear()).isEqualTo(2024);
        assertThat(during.result().judgedValue()).isEqualByComparingTo("91");
        assertThat(during.status()).isEqualTo(AttainmentStatus.MET);
        assertThat(during.provisional()).isTrue();
        assertThat(during.provisionalPeriod()).isEqualTo("H1");

        yearly("84");
        TargetAttainment after = sipas2025(attainment.evaluate(DAK_NONG, 2024, VI));

        assertThat(after.result().judgedValue()).isEqualByComparingTo("84");
        assertThat(after.provisional()).isFalse();
        assertThat(after.provisionalPeriod()).isNull();
    }

    @Test
    void anEarlierYearStaysJudgedOnItsYearlyResultAndNotOnAProvisionalValueOfALaterOne() {
        provisional("H1", "91");

        TargetAttainment in2023 = sipas2025(attainment.evaluate(DAK_NONG, 2023, VI));

        assertThat(in2023.result().judgedYear()).isEqualTo(2023);
        assertThat(in2023.result().judgedValue()).isEqualByComparingTo("81.21");
        assertThat(in2023.provisional()).isFalse();
    }

    @Test
    void theApiSaysProvisionalAndThePeriodThenNotOnceTheYearlyResultIsThere() throws Exception {
        provisional("M9", "86");

        mvc.perform(get("/api/v1/attainment").param("province", DAK_NONG).param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(DAK_NONG_SIPAS + ".provisional").value(everyItem(is(true))))
                .andExpect(jsonPath(DAK_NONG_SIPAS + ".provisionalPeriod").value(everyItem(is("M9"))))
                .andExpect(jsonPath(DAK_NONG_SIPAS + ".judgedYear").value(everyItem(is(2024))))
                .andExpect(
                        jsonPath("$[?(@.indicatorCode != 'SIPAS')].provisional").value(everyItem(is(false))));

        yearly("84");

        mvc.perform(get("/api/v1/attainment").param("province", DAK_NONG).param("year", "2024"))
                .andExpect(jsonPath(DAK_NONG_SIPAS + ".provisional").value(everyItem(is(false))))
                .andExpect(jsonPath(DAK_NONG_SIPAS + ".judgedValue").value(hasItem(84)))
                .andExpect(jsonPath(DAK_NONG_SIPAS + ".provisionalPeriod").doesNotExist());
    }

    @Test
    void theScorecardAndTheTargetPageMarkTheValueProvisionalWithItsPeriodInBothLanguages() throws Exception {
        provisional("H1", "86,5".replace(',', '.'));
        long target = jdbc.queryForObject("""
                select min(t.id) from target t join document d on d.id = t.document_id
                  join province p on p.id = d.province_id
                where p.code = '67' and t.indicator_code = 'SIPAS' and t.deadline_year = 2025""", Long.class);

        assertThat(page("/provinces/67?year=2024")).contains("86,5%", "tạm tính — 6 tháng", "data-period=\"H1\"");
        assertThat(page("/provinces/67?year=2024&lang=en")).contains("provisional — Six months");
        String targetPage = page("/targets/" + target + "?year=2024");
        assertThat(targetPage).contains("tạm tính — 6 tháng");
        assertThat(page("/provinces/67?year=2023")).doesNotContain("tạm tính");
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private void provisional(String period, String value) {
        jdbc.update("""
                insert into provisional_measurement (period_id, province_id, indicator_code, indicator_kind,
                                                     value_number, source, created_by, updated_by)
                select rp.id, p.id, 'SIPAS', 'PERCENT', ?, 'test', 'test', 'test'
                from reporting_period rp, province p
                where rp.year = 2024 and rp.kind = ? and p.code = '67'""", new BigDecimal(value), period);
    }

    private void yearly(String value) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2024, ?, 'test', 'test', 'test' from province where code = '67'""", new BigDecimal(value));
    }

    private static TargetAttainment sipas2025(List<TargetAttainment> results) {
        return results.stream()
                .filter(a ->
                        a.target().indicatorCode().equals(SIPAS) && a.target().deadlineYear() == 2025)
                .findFirst()
                .orElseThrow();
    }
}
