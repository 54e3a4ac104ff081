package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class HeadlineStandingTest {

    private static final ComputedStandings.Pair PAPI = ComputedStandings.PAIRS.get(1);

    private static SeriesPoint score(int year, String value) {
        return new SeriesPoint(year, UnitKind.SCORE, new BigDecimal(value), null, null, 0, "s", null, null, false);
    }

    private static SeriesPoint rank(int year, int value) {
        return new SeriesPoint(year, UnitKind.RANK, BigDecimal.valueOf(value), null, null, 0, "s", null, null, false);
    }

    /** 61 units scored 1 … 61 in 2024 (complete enough), and 3 units in 2023 (not). */
    private static NationalContext national() {
        List<List<SeriesPoint>> series = new ArrayList<>();
        for (int i = 1; i <= 61; i++) {
            series.add(List.of(score(2024, "" + i)));
        }
        series.add(List.of(score(2023, "1"), score(2023, "2"), score(2023, "3")));
        return NationalContext.of(UnitKind.SCORE, Direction.HIGHER_IS_BETTER, series);
    }

    private static HeadlineStanding of(List<SeriesPoint> scores, List<SeriesPoint> ranks, int year) {
        return HeadlineStanding.of(
                PAPI, national(), scores, ranks, year, p -> p.number().toPlainString());
    }

    @Test
    void aScoreInACompleteTableIsRankedAmongEveryUnitScoredThatYear() {
        HeadlineStanding s = of(List.of(score(2024, "48")), List.of(), 2024);

        assertThat(s.kind()).isEqualTo(HeadlineStanding.Kind.RANK_OF_N);
        assertThat(s.rank()).isEqualTo(14);
        assertThat(s.scored()).isEqualTo(61);
        assertThat(s.year()).isEqualTo(2024);
        assertThat(s.scoreText()).isEqualTo("48");
    }

    @Test
    void thePlaceMarkRunsFromTheLastOnTheLeftToTheFirstOnTheRight() {
        assertThat(of(List.of(score(2024, "61")), List.of(), 2024).place()).isEqualTo(HeadlineStanding.PLACES);
        assertThat(of(List.of(score(2024, "1")), List.of(), 2024).place()).isZero();
        assertThat(of(List.of(score(2024, "31")), List.of(), 2024).place()).isEqualTo(5);
        assertThat(of(List.of(score(2024, "50")), List.of(), 2024).place()).isEqualTo(8);
    }

    @Test
    void aNewerPublishedRankWinsOverAnOlderRankOfN() {
        HeadlineStanding s = of(List.of(score(2024, "48")), List.of(rank(2025, 7)), 2025);

        assertThat(s.kind()).isEqualTo(HeadlineStanding.Kind.RANK);
        assertThat(s.rank()).isEqualTo(7);
        assertThat(s.year()).isEqualTo(2025);
        assertThat(s.place()).isEqualTo(-1);
    }

    @Test
    void inTheSameYearTheRankOfNWinsOverAPublishedRank() {
        HeadlineStanding s = of(List.of(score(2024, "48")), List.of(rank(2024, 12)), 2024);

        assertThat(s.kind()).isEqualTo(HeadlineStanding.Kind.RANK_OF_N);
        assertThat(s.rank()).isEqualTo(14);
    }

    @Test
    void aScoreInATableTooSmallToRankInIsShownAsTheScore() {
        HeadlineStanding s = of(List.of(score(2023, "2")), List.of(), 2024);

        assertThat(s.kind()).isEqualTo(HeadlineStanding.Kind.SCORE);
        assertThat(s.scoreText()).isEqualTo("2");
        assertThat(s.year()).isEqualTo(2023);
    }

    @Test
    void aPublishedRankOfTheScoresYearCarriesTheScore() {
        HeadlineStanding s = of(List.of(score(2023, "2")), List.of(rank(2023, 41)), 2024);

        assertThat(s.kind()).isEqualTo(HeadlineStanding.Kind.RANK);
        assertThat(s.rank()).isEqualTo(41);
        assertThat(s.scoreText()).isEqualTo("2");
    }

    @Test
    void valuesAfterTheYearAreNotLookedAt() {
        assertThat(of(List.of(score(2024, "48")), List.of(rank(2024, 3)), 2023).known())
                .isFalse();
        assertThat(of(List.of(), List.of(), 2024).kind()).isEqualTo(HeadlineStanding.Kind.NONE);
    }

    @Test
    void sortingPutsRanksOfNFirstThenPublishedRanksThenNothing() {
        long ofN = of(List.of(score(2024, "1")), List.of(), 2024).sortKey();
        long published = of(List.of(), List.of(rank(2023, 1)), 2024).sortKey();
        long nothing = of(List.of(score(2023, "3")), List.of(), 2024).sortKey();

        assertThat(ofN).isLessThan(published);
        assertThat(published).isLessThan(nothing);
    }
}
