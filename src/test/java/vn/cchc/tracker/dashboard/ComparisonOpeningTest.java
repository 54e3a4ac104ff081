package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

/** The provinces the comparison opens on: a handful, never every tracked province. */
@UnitTest
class ComparisonOpeningTest {

    private static final List<String> SIXTY_THREE =
            IntStream.rangeClosed(101, 163).mapToObj(String::valueOf).toList();

    @Test
    void aReadersOwnProvincesComeFirstWhateverIsTracked() {
        assertThat(ComparisonOpening.provinces(List.of("120"), SIXTY_THREE, c -> true, c -> true))
                .containsExactly("120");
    }

    @Test
    void aHandfulOfTrackedProvincesAreAllCompared() {
        List<String> shipped = List.of("45", "46", "52", "67");

        assertThat(ComparisonOpening.provinces(List.of(), shipped, c -> false, c -> false))
                .containsExactlyElementsOf(shipped);
    }

    @Test
    void ofSixtyThreeTrackedProvincesOnlyFourAreComparedThoseWithTargetsOnTheIndicatorFirst() {
        Set<String> withTargets = Set.of("150", "140");
        Set<String> withValues = Set.of("101", "130", "140", "150", "160");

        assertThat(ComparisonOpening.provinces(List.of(), SIXTY_THREE, withTargets::contains, withValues::contains))
                .containsExactly("101", "130", "140", "150");
    }

    @Test
    void withoutTargetsOrValuesTheFirstFourByCodeAreCompared() {
        assertThat(ComparisonOpening.provinces(List.of(), SIXTY_THREE, c -> false, c -> false))
                .containsExactly("101", "102", "103", "104")
                .hasSize(ComparisonOpening.HANDFUL);
    }
}
