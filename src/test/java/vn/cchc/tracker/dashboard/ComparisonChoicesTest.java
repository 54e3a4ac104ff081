package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.testing.ApplicationTest;

/** The comparison's province picker offers the units of the chosen year, as /provinces?year= lists them. */
@ApplicationTest
class ComparisonChoicesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ComparisonService comparison;

    @Autowired
    ProvinceService provinces;

    private List<String> offered(String indicator, List<String> requested, int year) {
        return comparison.comparison(indicator, requested, List.of(), year, null, VI).choices().stream()
                .map(IndicatorComparison.Choice::code)
                .toList();
    }

    private List<String> codesOfUnitsIn(int year) {
        return provinces.profiles().stream()
                .filter(p -> p.units().stream().anyMatch(u -> u.existedIn(year)))
                .map(p -> p.code())
                .toList();
    }

    @Test
    void in2020ThePciTableOffersAllSixtyThreeProvinces() {
        List<String> choices = offered("PCI_SCORE", List.of(), 2020);

        assertThat(choices).hasSize(63).contains("64", "52", "67");
    }

    @Test
    void in2026OnlyTheUnitsOfThatYearAreOfferedBesideTheSelection() {
        List<String> selection = List.of("52", "46");
        List<String> choices = offered("PCI_SCORE", selection, 2026);

        assertThat(codesOfUnitsIn(2026)).hasSize(34);
        assertThat(choices).isSubsetOf(codesOfUnitsIn(2026)).contains("01", "52", "46");
        // the former Gia Lai (64) and Đắk Nông (67) ended on 30/06/2025
        assertThat(choices).doesNotContain("64", "67");
    }

    @Test
    void aReadersOwnProvinceOfTheYearIsOfferedAndChosenFirst() {
        IndicatorComparison c = comparison.comparison("PCI_SCORE", List.of(), List.of("46"), 2026, null, VI);

        assertThat(c.choices().stream().filter(IndicatorComparison.Choice::selected))
                .extracting(IndicatorComparison.Choice::code)
                .containsExactly("46");
        assertThat(c.choices()).extracting(IndicatorComparison.Choice::code).isSubsetOf(codesOfUnitsIn(2026));
    }

    @Test
    void aUnitAskedForByCodeStaysOfferedSoItCanBeDeselected() {
        assertThat(offered("PCI_SCORE", List.of("67", "52"), 2026))
                .contains("67")
                .doesNotContain("64");
    }
}
