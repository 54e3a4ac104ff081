package vn.cchc.tracker.attainment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.cchc.tracker.attainment.AttainmentQuery.SeriesKey;
import vn.cchc.tracker.testing.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Huế (46) has two units under one code: Thừa Thiên Huế until 2024, Huế (city) since 2025. */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@Transactional
class AttainmentQueryTest {

    @Autowired
    AttainmentQuery query;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoUnitsUnderOneCodeShareOneSeriesAndTheNewerUnitWinsAYearBothReported() {
        value("Thừa Thiên Huế", 2022, "70");
        value("Thừa Thiên Huế", 2023, "71");  // the former unit first ...
        value("Huế", 2023, "81");
        value("Huế", 2024, "82");              // ... and the unit in force first
        value("Thừa Thiên Huế", 2024, "72");

        TreeMap<Integer, Object> series = query.measurements("46", query.units(), Set.of("SIPAS"))
                .get(new SeriesKey("46", "SIPAS"));

        assertThat(series).containsOnlyKeys(2022, 2023, 2024);
        assertThat((BigDecimal) series.get(2022)).isEqualByComparingTo("70");
        assertThat((BigDecimal) series.get(2023)).isEqualByComparingTo("81");
        assertThat((BigDecimal) series.get(2024)).isEqualByComparingTo("82");
    }

    @Test
    void valuesOfIndicatorsWithoutTargetsAreLeftOut() {
        value("Huế", 2024, "82");

        Map<SeriesKey, TreeMap<Integer, Object>> series = query.measurements("46", query.units(), Set.of("PAR_INDEX_RANK"));

        assertThat(series).doesNotContainKey(new SeriesKey("46", "SIPAS"));
    }

    private void value(String unit, int year, String number) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', ?, ?, 'test', 'test', 'test' from province where code = '46' and name_vi = ?""",
                year, new BigDecimal(number), unit);
    }
}
