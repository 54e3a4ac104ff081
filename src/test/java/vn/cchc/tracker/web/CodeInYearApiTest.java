package vn.cchc.tracker.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.testing.ApplicationTest;

/** A code in the targets and attainment API means the unit that carried it in the year asked (Province.carriedCodeIn). */
@ApplicationTest
class CodeInYearApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void code52IsBinhDinhIn2024AndGiaLaiIn2026ForTheAttainment() throws Exception {
        mvc.perform(get("/api/v1/attainment").param("province", BINH_DINH).param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[*].documentNumber", everyItem(is(BINH_DINH_PROGRAMME))));
        // Gia Lai (52 from 01/07/2025) has no document: Bình Định's targets are not its
        mvc.perform(get("/api/v1/attainment").param("province", BINH_DINH).param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        // a code retired in 2025 still means its last unit
        mvc.perform(get("/api/v1/attainment").param("province", DAK_NONG).param("year", "2026"))
                .andExpect(jsonPath("$", hasSize(33)));
    }

    @Test
    void code52IsBinhDinhIn2024AndGiaLaiIn2026ForTheTargets() throws Exception {
        mvc.perform(get("/api/v1/provinces/52/targets").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[*].provinceName", everyItem(is("Bình Định"))));
        mvc.perform(get("/api/v1/provinces/52/targets").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        // without a year: every unit that has carried the code, as before
        mvc.perform(get("/api/v1/provinces/52/targets")).andExpect(jsonPath("$", hasSize(6)));
        mvc.perform(get("/api/v1/provinces/52/targets").param("year", "20x4"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("year"));
    }
}
