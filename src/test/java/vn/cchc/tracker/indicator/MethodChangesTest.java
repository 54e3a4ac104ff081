package vn.cchc.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class MethodChangesTest {

    private static final MethodChanges CHANGES = new MethodChanges(List.of(
            new MethodChange("PAPI_SCORE", 2018, "8 chỉ số nội dung", "8 dimensions"),
            new MethodChange("SIPAS", 2022, "SIPAS đổi phương pháp", "SIPAS changed its method"),
            new MethodChange("PAR_INDEX_SCORE", 2024, "tiêu chí mới", "new criteria"),
            new MethodChange("PAR_INDEX_SCORE", 2012, "tiêu chí cũ", "old criteria")));

    @ParameterizedTest(name = "PAPI {0} and {1}: across a break = {2}")
    @CsvSource({
        "2017, 2018, true", // the last 6-dimension year and the first 8-dimension year
        "2018, 2017, true", // in either order
        "2016, 2024, true",
        "2018, 2024, false", // both 8-dimension years
        "2016, 2017, false", // both 6-dimension years
        "2018, 2018, false",
        "2017, 2017, false"
    })
    void aChangeInAYearSeparatesTheYearsBeforeItFromThatYearOn(int one, int other, boolean across) {
        assertThat(CHANGES.acrossBreak("PAPI_SCORE", one, other)).isEqualTo(across);
    }

    @Test
    void anIndicatorWithoutChangesIsComparableOverAnyYears() {
        assertThat(CHANGES.acrossBreak("PCI_SCORE", 2006, 2024)).isFalse();
        assertThat(CHANGES.of("PCI_SCORE")).isEmpty();
    }

    @Test
    void theChangesBetweenTwoYearsAreListedOldestFirst() {
        assertThat(CHANGES.between("PAR_INDEX_SCORE", 2024, 2010))
                .extracting(MethodChange::year)
                .containsExactly(2012, 2024);
        assertThat(CHANGES.between("PAR_INDEX_SCORE", 2012, 2023)).isEmpty();
    }

    @Test
    void aTableOfYearsMarksOnlyTheChangesInsideItsSpan() {
        assertThat(CHANGES.within("SIPAS", List.of(2022, 2020, 2023)))
                .extracting(MethodChange::year)
                .containsExactly(2022);
        assertThat(CHANGES.within("SIPAS", List.of(2022, 2023))).isEmpty();
        assertThat(CHANGES.within("SIPAS", List.of())).isEmpty();
    }

    @Test
    void theNoteIsInTheReadersLanguage() {
        MethodChange change = CHANGES.of("SIPAS").get(0);
        assertThat(change.note(Locale.ENGLISH)).isEqualTo("SIPAS changed its method");
        assertThat(change.note(Locale.forLanguageTag("vi"))).isEqualTo("SIPAS đổi phương pháp");
    }
}
