package vn.cchc.tracker.attainment.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.testing.ApplicationTest;

@ApplicationTest
class AttainmentApiTest {

    private static final String SIPAS_2025 =
            "$[?(@.indicatorCode == 'SIPAS' && @.deadlineYear == 2025 && @.threshold == 90)]";

    @Autowired
    MockMvc mvc;

    @Test
    void theWorkedExampleHoldsThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/attainment").param("province", DAK_NONG).param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$", hasSize(33)))
                .andExpect(jsonPath(SIPAS_2025 + ".status").value(org.hamcrest.Matchers.everyItem(is("OFF_TRACK"))))
                .andExpect(jsonPath(SIPAS_2025 + ".judgedYear").value(org.hamcrest.Matchers.everyItem(is(2023))))
                .andExpect(jsonPath(SIPAS_2025 + ".judgedValue").value(org.hamcrest.Matchers.everyItem(is(81.21))))
                .andExpect(jsonPath(SIPAS_2025 + ".projectedValue").value(org.hamcrest.Matchers.everyItem(is(83.45))))
                .andExpect(jsonPath(SIPAS_2025 + ".progress").value(org.hamcrest.Matchers.everyItem(is(0.113))))
                .andExpect(jsonPath(SIPAS_2025 + ".explanation")
                        .value(org.hamcrest.Matchers.everyItem(containsString("81,21%"))));

        mvc.perform(get("/api/v1/attainment").param("province", DAK_NONG).param("year", "2026"))
                .andExpect(jsonPath(SIPAS_2025 + ".status").value(org.hamcrest.Matchers.everyItem(is("CLOSED"))));
    }

    @Test
    void everyObjectHasExactlyTheContractFields() throws Exception {
        mvc.perform(get("/api/v1/attainment").param("province", DAK_NONG).param("year", "2024"))
                .andExpect(jsonPath(
                        "$[0].*", hasSize(18))) // calculation only with detail=true, provisionalPeriod only then
                .andExpect(jsonPath("$[0].provisional").value(false))
                .andExpect(jsonPath("$[0].goalId").isNumber())
                .andExpect(jsonPath("$[0].targetId").isNumber())
                .andExpect(jsonPath("$[0].provinceCode").value(DAK_NONG))
                .andExpect(jsonPath("$[0].documentNumber").value(DAK_NONG_RESOLUTION))
                .andExpect(jsonPath("$[0].indicatorCode").isString())
                .andExpect(jsonPath("$[0].comparison").isString())
                .andExpect(jsonPath("$[0].threshold").exists())
                .andExpect(jsonPath("$[0].deadlineYear").isNumber())
                .andExpect(jsonPath("$[0].status").isString())
                .andExpect(jsonPath("$[0].explanation").isString());
    }

    @Test
    void groupTargetsShowTheirLevelNames() throws Exception {
        mvc.perform(get("/api/v1/attainment").param("province", DAK_NONG).param("year", "2024"))
                .andExpect(jsonPath("$[?(@.indicatorCode == 'PCI_GROUP' && @.deadlineYear == 2030)].threshold")
                        .value(org.hamcrest.Matchers.contains("khá")))
                .andExpect(jsonPath("$[?(@.indicatorCode == 'PCI_GROUP' && @.deadlineYear == 2030)].progress")
                        .value(org.hamcrest.Matchers.contains(nullValue())));
    }

    @Test
    void withoutAProvinceEveryProvinceIsEvaluated() throws Exception {
        mvc.perform(get("/api/v1/attainment").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(72)));
    }

    @Test
    void englishExplanationsUseEnglishNumbers() throws Exception {
        mvc.perform(get("/api/v1/attainment")
                        .param("province", DAK_NONG)
                        .param("year", "2024")
                        .param("lang", "en"))
                .andExpect(jsonPath(SIPAS_2025 + ".explanation")
                        .value(org.hamcrest.Matchers.everyItem(containsString("81.21%"))));
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/attainment").param("year", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.parameter").value("year"))
                .andExpect(jsonPath("$.message").value(containsString("abc")));
        mvc.perform(get("/api/v1/attainment").param("year", "1800"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("year"));
        mvc.perform(get("/api/v1/attainment").param("province", "99"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("province"));
    }
}
