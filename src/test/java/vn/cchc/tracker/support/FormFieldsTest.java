package vn.cchc.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class FormFieldsTest {

    private final List<Violation> violations = new ArrayList<>();

    @Test
    void requiredTextIsStrippedAndRefusedWhenBlankOrTooLong() {
        assertThat(FormFields.required(violations, "title", "  Nghị quyết  ", 20))
                .isEqualTo("Nghị quyết");
        assertThat(violations).isEmpty();

        assertThat(FormFields.required(violations, "title", " ", 20)).isNull();
        assertThat(FormFields.required(violations, "title", "x".repeat(21), 20)).isNull();
        assertThat(violations)
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("title", "form.error.required"), tuple("title", "form.error.tooLong"));
    }

    @Test
    void optionalTextMayBeBlankButNotTooLong() {
        assertThat(FormFields.optional(violations, "note", null, 5)).isNull();
        assertThat(FormFields.optional(violations, "note", "", 5)).isNull();
        assertThat(violations).isEmpty();
        assertThat(FormFields.optional(violations, "note", "123456", 5)).isNull();
        assertThat(violations).extracting(Violation::messageKey).containsExactly("form.error.tooLong");
    }

    @Test
    void aYearIsAWholeNumberInTheApplicationsRange() {
        assertThat(FormFields.year(violations, "deadlineYear", " 2025 ", true)).isEqualTo(2025);
        assertThat(FormFields.year(violations, "baselineYear", "", false)).isNull();
        assertThat(violations).isEmpty();

        assertThat(FormFields.year(violations, "deadlineYear", "", true)).isNull();
        assertThat(FormFields.year(violations, "deadlineYear", "2025.5", true)).isNull();
        assertThat(FormFields.year(violations, "deadlineYear", String.valueOf(EvaluationYears.LAST + 1), true))
                .isNull();
        assertThat(violations)
                .extracting(Violation::messageKey)
                .containsExactly("form.error.required", "form.error.year", "form.error.year");
    }
}
