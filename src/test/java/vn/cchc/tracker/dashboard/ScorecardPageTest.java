package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ScorecardPageTest {

    private static List<Integer> goals(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void aProvinceWithAtMostOnePageOfGoalsIsOnePageWithoutLinks() {
        ScorecardPage page = ScorecardPage.of(null, 31);

        assertThat(page.isPaged()).isFalse();
        assertThat(page.slice(goals(31))).isEqualTo(goals(31));
        assertThat(page.first()).isEqualTo(1);
        assertThat(page.last()).isEqualTo(31);
        assertThat(ScorecardPage.of(null, ScorecardPage.SIZE).isPaged()).isFalse();
        assertThat(ScorecardPage.of(null, ScorecardPage.SIZE + 1).isPaged()).isTrue();
    }

    @Test
    void threeHundredTwentyGoalsTakeSevenPagesOfFiftyTheLastOneOfTwenty() {
        ScorecardPage first = ScorecardPage.of(null, 320);
        ScorecardPage last = ScorecardPage.of(7, 320);

        assertThat(first.pages()).isEqualTo(7);
        assertThat(first.first()).isEqualTo(1);
        assertThat(first.last()).isEqualTo(50);
        assertThat(first.slice(goals(320))).isEqualTo(goals(50));
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.first()).isEqualTo(301);
        assertThat(last.last()).isEqualTo(320);
        assertThat(last.slice(goals(320))).containsExactlyElementsOf(goals(320).subList(300, 320));
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void thePagesTogetherHoldEveryGoalOnceInOrder() {
        List<Integer> all = goals(123);
        ScorecardPage any = ScorecardPage.of(null, all.size());

        List<Integer> joined = IntStream.rangeClosed(1, any.pages())
                .boxed()
                .flatMap(n -> ScorecardPage.of(n, all.size()).slice(all).stream())
                .toList();

        assertThat(joined).isEqualTo(all);
        assertThat(any.pageOf(0)).isEqualTo(1);
        assertThat(any.pageOf(49)).isEqualTo(1);
        assertThat(any.pageOf(50)).isEqualTo(2);
        assertThat(any.pageOf(122)).isEqualTo(3);
    }

    @Test
    void aPagePastTheLastShowsTheLastAndNoGoalsIsOneEmptyPage() {
        assertThat(ScorecardPage.of(99, 120).number()).isEqualTo(3);
        ScorecardPage none = ScorecardPage.of(4, 0);
        assertThat(none.number()).isEqualTo(1);
        assertThat(none.pages()).isEqualTo(1);
        assertThat(none.first()).isZero();
        assertThat(none.last()).isZero();
        assertThat(none.slice(List.of())).isEmpty();
    }

    @Test
    void theExportsListEveryGoalOnOnePage() {
        ScorecardPage all = ScorecardPage.all(320);

        assertThat(all.isPaged()).isFalse();
        assertThat(all.slice(goals(320))).hasSize(320);
        assertThat(ScorecardPage.all(0).slice(List.of())).isEmpty();
    }

    @Test
    void linksTheFirstAndLastPagesAndThoseAroundTheCurrentOneWithGapsForTheRest() {
        assertThat(ScorecardPage.of(1, 320).links()).containsExactly(1, 2, 3, null, 7);
        assertThat(ScorecardPage.of(4, 320).links()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(ScorecardPage.of(10, 1000).links()).containsExactly(1, null, 8, 9, 10, 11, 12, null, 20);
        // a gap never hides a single page: 1 2 3 4 5 6 rather than 1 … 3 4 5 6
        assertThat(ScorecardPage.of(5, 300).links()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ScorecardPage.of(1, 10).links()).containsExactly(1);
    }

    @Test
    void readsThePageParameterAndRefusesAnythingButAWholeNumberFromOne() {
        assertThat(ScorecardPage.parse(null)).isNull();
        assertThat(ScorecardPage.parse("")).isNull();
        assertThat(ScorecardPage.parse("3")).isEqualTo(3);
        for (String bad : Arrays.asList("0", "-1", "two", "1.5", "99999999999")) {
            assertThatThrownBy(() -> ScorecardPage.parse(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter())
                            .isEqualTo("page"));
        }
    }
}
