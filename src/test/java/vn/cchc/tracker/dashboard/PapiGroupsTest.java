package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class PapiGroupsTest {

    /** Units scoring 30.0, 30.5, 31.0 … in 2024: the first is the lowest, the sixtieth the highest. */
    private static Map<String, Map<String, List<SeriesPoint>>> totals(int units) {
        Map<String, Map<String, List<SeriesPoint>>> totals = new LinkedHashMap<>();
        for (int i = 0; i < units; i++) {
            totals.put(
                    String.format("%02d", i + 1),
                    Map.of(
                            PapiGroups.SCORE,
                            List.of(total(
                                    2024,
                                    new BigDecimal("30.0")
                                            .add(BigDecimal.valueOf(i, 1).multiply(BigDecimal.valueOf(5)))))));
        }
        return totals;
    }

    private static SeriesPoint total(int year, BigDecimal score) {
        return new SeriesPoint(
                year, UnitKind.SCORE, score, null, null, 0, "UNDP – PAPI", null, "https://example.org", false);
    }

    private static SeriesPoint group(int year, String level) {
        return new SeriesPoint(year, UnitKind.GROUP, null, level, null, 1, "UNDP – PAPI", null, null, false);
    }

    @Test
    void aProvinceWithoutAPublishedGroupGetsTheQuartileOfItsTotalMarkedComputed() {
        Map<String, Map<String, SeriesPoint>> latest = new HashMap<>();
        latest.put("01", new HashMap<>()); // 30.0: the lowest
        latest.put("60", new HashMap<>()); // 59.5: the highest

        PapiGroups.fillComputed(latest, totals(60), 2024);

        assertThat(latest.get("01").get(PapiGroups.GROUP).level()).isEqualTo("thấp nhất");
        assertThat(latest.get("60").get(PapiGroups.GROUP).level()).isEqualTo("cao nhất");
        assertThat(latest.get("60").get(PapiGroups.GROUP).computed()).isTrue();
        assertThat(latest.get("60").get(PapiGroups.GROUP).year()).isEqualTo(2024);
    }

    @Test
    void aPublishedGroupOfTheSameYearIsNeverReplaced() {
        Map<String, Map<String, SeriesPoint>> latest = new HashMap<>();
        latest.put("60", new HashMap<>(Map.of(PapiGroups.GROUP, group(2024, "trung bình cao"))));

        PapiGroups.fillComputed(latest, totals(60), 2024);

        assertThat(latest.get("60").get(PapiGroups.GROUP).level()).isEqualTo("trung bình cao");
        assertThat(latest.get("60").get(PapiGroups.GROUP).computed()).isFalse();
    }

    @Test
    void anOlderPublishedGroupGivesWayToTheComputedGroupOfANewerTotal() {
        Map<String, Map<String, SeriesPoint>> latest = new HashMap<>();
        latest.put("01", new HashMap<>(Map.of(PapiGroups.GROUP, group(2023, "cao nhất"))));

        PapiGroups.fillComputed(latest, totals(60), 2024);

        assertThat(latest.get("01").get(PapiGroups.GROUP).level()).isEqualTo("thấp nhất");
        assertThat(latest.get("01").get(PapiGroups.GROUP).computed()).isTrue();
    }

    @Test
    void anIncompleteNationalTableComputesNothing() {
        Map<String, Map<String, SeriesPoint>> latest = new HashMap<>();
        latest.put("01", new HashMap<>());

        PapiGroups.fillComputed(latest, totals(NationalContext.COMPLETE_ENOUGH - 1), 2024);

        assertThat(latest.get("01")).isEmpty();
        assertThat(new ArrayList<>(latest.keySet())).containsExactly("01");
    }
}
