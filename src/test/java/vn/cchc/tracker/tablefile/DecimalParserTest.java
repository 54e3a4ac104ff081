package vn.cchc.tracker.tablefile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import vn.cchc.tracker.testing.UnitTest;

import static org.assertj.core.api.Assertions.assertThat;

@UnitTest
class DecimalParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "81,21 | 81.21", "81.21 | 81.21", "12 | 12", " 97,4 | 97.4", "0,5 | 0.5", ",5 | 0.5", "5, | 5",
            "-3,25 | -3.25", "+7 | 7", "1.234 | 1.234", "100.0000 | 100.0000"})
    void readsDecimalsWithEitherSeparator(String text, String expected) {
        assertThat(DecimalParser.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1.234,5", "1,234.5", "26 131", "81,21%", "abc", "1e3", "--1", "1,2,3", ".", ","})
    void refusesAnythingElse(String text) {
        assertThat(DecimalParser.parse(text)).isEmpty();
    }
}
