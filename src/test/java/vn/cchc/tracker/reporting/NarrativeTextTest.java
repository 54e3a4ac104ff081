package vn.cchc.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class NarrativeTextTest {

    @Test
    void blankPartsAreKeptAsNoneAndTextIsStripped() {
        NarrativeText t = NarrativeText.checked("  Đạt 80% kế hoạch. ", " ", null);
        assertThat(t).isEqualTo(new NarrativeText("Đạt 80% kế hoạch.", null, null));
    }

    @Test
    void aNarrativeThatSaysNothingIsRefused() {
        assertThatThrownBy(() -> NarrativeText.checked(" ", "", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("assessment", "reporting.narrative.error.empty")));
    }

    @Test
    void aPartLongerThanTheTableKeepsIsRefusedOnItsField() {
        assertThatThrownBy(() -> NarrativeText.checked("ok", "x".repeat(4001), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("causes", "reporting.narrative.error.long", 4000)));
        assertThat(NarrativeText.checked(null, null, "x".repeat(4000)).nextActions())
                .hasSize(4000);
    }
}
