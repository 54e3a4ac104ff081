package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class RankingTableTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final IndicatorInfo SCORE = new IndicatorInfo(
            "PCI_SCORE",
            "PCI",
            "PCI",
            "X",
            UnitKind.SCORE,
            Direction.HIGHER_IS_BETTER,
            null,
            null,
            List.of(),
            false,
            true);

    private static SeriesPoint point(int year, String value) {
        return new SeriesPoint(year, UnitKind.SCORE, new BigDecimal(value), null, null, 0, "s", null, null, false);
    }

    /** 60 units: unit i scores 50 + i in 2020 and 50 + i / 2 in 2019; "B" and "A" tie at the top in 2020. */
    private static Map<String, List<SeriesPoint>> series() {
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        for (int i = 1; i <= 58; i++) {
            series.put(String.format("%02d", i), List.of(point(2019, "" + (50 + i / 2.0)), point(2020, "" + (50 + i))));
        }
        series.put("A", List.of(point(2020, "120")));
        series.put("B", List.of(point(2019, "125"), point(2020, "120")));
        return series;
    }

    private static RankingTable table(String sort, Set<Integer> breaks) {
        Map<String, List<SeriesPoint>> series = series();
        NationalContext national = NationalContext.of(SCORE, series.values());
        return RankingTable.of(
                national,
                series,
                c -> "Tỉnh " + c,
                Set.of("05"),
                2024,
                breaks::contains,
                sort,
                p -> p.number().toPlainString(),
                VI);
    }

    @Test
    void ranksEveryUnitInTheLatestCompleteYearWithTiesSharingARank() {
        RankingTable table = table(null, Set.of());

        assertThat(table.year()).isEqualTo(2020);
        assertThat(table.scored()).isEqualTo(60);
        assertThat(table.sort()).isEqualTo(RankingTable.BY_RANK);
        assertThat(table.rows()).extracting(RankingTable.Row::code).startsWith("A", "B", "58");
        assertThat(table.rows())
                .extracting(RankingTable.Row::rank)
                .startsWith(1, 1, 3)
                .endsWith(60);
        assertThat(table.rows().stream().filter(RankingTable.Row::chosen))
                .extracting(RankingTable.Row::code)
                .containsExactly("05");
    }

    @Test
    void theChangeFromThePreviousYearIsSignedAndMissingWithoutAPreviousValueOrAcrossAChangeOfMethod() {
        RankingTable table = table(RankingTable.BY_CHANGE, Set.of());

        Map<String, RankingTable.Row> byCode = new LinkedHashMap<>();
        table.rows().forEach(r -> byCode.put(r.code(), r));
        assertThat(byCode.get("B").change()).isEqualTo("−5");
        assertThat(byCode.get("B").changeSign()).isEqualTo(-1);
        assertThat(byCode.get("A").change()).isNull();
        assertThat(byCode.get("58").change()).isEqualTo("+29");
        // biggest rise first, units without a change last
        assertThat(table.rows().get(0).code()).isEqualTo("58");
        assertThat(table.rows().get(table.rows().size() - 1).code()).isEqualTo("A");

        assertThat(table(null, Set.of(2020)).rows())
                .allSatisfy(r -> assertThat(r.change()).isNull());
    }

    @Test
    void sortsByNameInTheReadersAlphabet() {
        List<String> names = new ArrayList<>();
        table(RankingTable.BY_NAME, Set.of()).rows().forEach(r -> names.add(r.name()));
        assertThat(names).startsWith("Tỉnh 01", "Tỉnh 02").endsWith("Tỉnh A", "Tỉnh B");
        assertThat(RankingTable.sortOrDefault("nonsense")).isEqualTo(RankingTable.BY_RANK);
    }

    @Test
    void thereIsNoTableWithoutAYearCompleteEnough() {
        Map<String, List<SeriesPoint>> few = Map.of("01", List.of(point(2020, "60")));
        assertThat(RankingTable.of(
                        NationalContext.of(SCORE, few.values()),
                        few,
                        c -> c,
                        Set.of(),
                        2024,
                        y -> false,
                        null,
                        p -> "",
                        VI))
                .isNull();
    }
}
