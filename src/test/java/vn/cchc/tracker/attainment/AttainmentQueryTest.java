package vn.cchc.tracker.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.PAR_INDEX_RANK;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.attainment.AttainmentQuery.SeriesKey;
import vn.cchc.tracker.attainment.rules.Measurements;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.testing.ApplicationTest;

/** Huế (46) has two units under one code: Thừa Thiên Huế until 2024, Huế (city) since 2025. */
@ApplicationTest
@Transactional
class AttainmentQueryTest {

    @Autowired
    AttainmentQuery query;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoUnitsUnderOneCodeShareOneSeriesAndTheNewerUnitWinsAYearBothReported() {
        value("Thừa Thiên Huế", 2022, "70");
        value("Thừa Thiên Huế", 2023, "71"); // the former unit first ...
        value("Huế", 2023, "81");
        value("Huế", 2024, "82"); // ... and the unit in force first
        value("Thừa Thiên Huế", 2024, "72");

        SortedMap<Integer, Object> series = query.measurements(HUE, query.units(), Set.of(SIPAS), Set.of())
                .yearly()
                .get(hueSipas())
                .byYear();

        assertThat(series).containsOnlyKeys(2022, 2023, 2024);
        assertThat((BigDecimal) series.get(2022)).isEqualByComparingTo("70");
        assertThat((BigDecimal) series.get(2023)).isEqualByComparingTo("81");
        assertThat((BigDecimal) series.get(2024)).isEqualByComparingTo("82");
    }

    @Test
    void valuesWrittenOutOfOrderAreSortedByYear() {
        value("Huế", 2024, "82");
        value("Huế", 2022, "80");
        value("Huế", 2023, "81");

        Measurements numbers = query.measurements(HUE, query.units(), Set.of(SIPAS), Set.of())
                .yearly()
                .get(hueSipas())
                .numbers();

        assertThat(numbers.size()).isEqualTo(3);
        assertThat(new int[] {numbers.yearAt(0), numbers.yearAt(1), numbers.yearAt(2)})
                .containsExactly(2022, 2023, 2024);
        assertThat(numbers.numberAt(0)).isEqualByComparingTo("80");
    }

    @Test
    void valuesOfIndicatorsWithoutTargetsAreLeftOut() {
        value("Huế", 2024, "82");

        Map<SeriesKey, AttainmentQuery.YearValues> series = query.measurements(
                        HUE, query.units(), Set.of(PAR_INDEX_RANK), Set.of())
                .yearly();

        assertThat(series).doesNotContainKey(hueSipas());
    }

    @Test
    void aUnitFormedByAMergerUnderAnOldCodeStartsASeriesOfItsOwn() {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2025, 88, 'test', 'test', 'test' from province
                where code = '68' and valid_from = date '2025-07-01'""");
        ProvinceUnits units = query.units();
        ProvinceUnit oldLamDong = units.inYear("68", 2024).orElseThrow();
        ProvinceUnit newLamDong = units.inYear("68", 2026).orElseThrow();

        Map<SeriesKey, AttainmentQuery.YearValues> series =
                query.measurements("68", units, Set.of(SIPAS), Set.of()).yearly();

        SeriesKey newSeries = new SeriesKey(AttainmentQuery.seriesOf(units, newLamDong), SIPAS);
        assertThat(AttainmentQuery.seriesOf(units, oldLamDong)).isNotEqualTo(newSeries.series());
        assertThat(series.get(newSeries).byYear()).containsOnlyKeys(2025);
    }

    @Test
    void provisionalValuesComeApartInTheSameStatementWithTheirPeriodAndItsWindow() {
        value("Huế", 2026, "82");
        jdbc.update("""
                insert into provisional_measurement (period_id, province_id, indicator_code, indicator_kind,
                                                     value_number, source, created_by, updated_by)
                select rp.id, p.id, 'SIPAS', 'PERCENT', 84, 'test', 'test', 'test'
                from reporting_period rp, province p
                where rp.year = 2026 and rp.kind = 'H1' and p.code = '46' and p.name_vi = 'Huế'""");

        AttainmentQuery.Values values = query.measurements(HUE, query.units(), Set.of(SIPAS), Set.of());

        assertThat(values.yearly().get(hueSipas()).byYear()).containsOnlyKeys(2026);
        assertThat(values.provisional().get(hueSipas())).singleElement().satisfies(p -> {
            assertThat(p.year()).isEqualTo(2026);
            assertThat(p.period()).isEqualTo("H1");
            assertThat(p.windowEnd()).isEqualTo(LocalDate.of(2026, 6, 14));
            assertThat((BigDecimal) p.value()).isEqualByComparingTo("84");
        });
    }

    /** Huế's series: it starts with Thừa Thiên Huế, which Huế continues on the same territory. */
    private SeriesKey hueSipas() {
        ProvinceUnits units = query.units();
        return new SeriesKey(
                AttainmentQuery.seriesOf(units, units.inYear(HUE, 2024).orElseThrow()), SIPAS);
    }

    private void value(String unit, int year, String number) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', ?, ?, 'test', 'test', 'test' from province where code = '46' and name_vi = ?""", year, new BigDecimal(number), unit);
    }
}
