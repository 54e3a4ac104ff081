package vn.cchc.tracker.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.tablefile.ProblemSentences;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableProblemTexts;
import vn.cchc.tracker.testing.UnitTest;

/** Every problem of a restore says something in both languages; a form's rule says what the form says. */
@UnitTest
class RestoreMessagesTest {

    private final TableProblemTexts texts = new TableProblemTexts(ProblemSentences.MESSAGES);

    @ParameterizedTest
    @EnumSource(RestoreProblem.class)
    void everyProblemHasASentenceInBothLanguagesUsingAllItsArguments(RestoreProblem type) {
        ProblemSentences.assertSaidInBothLanguages(type);
    }

    @Test
    void aFormsRuleReadsAsTheFormsMessageWithItsNumbersAsTheFormFormatsThem() {
        Violation violation = Violation.of("periodFrom", "form.error.year", 1990, 2100);
        TableProblem problem =
                TableProblem.at(3, BackupFields.column(violation.field()), new FormRule(violation), violation.args());

        assertThat(problem.column()).isEqualTo("period_from");
        assertThat(problem.args()).containsExactly("1990", "2100");
        assertThat(texts.text(problem, Languages.VIETNAMESE)).isEqualTo("Năm phải là số nguyên từ 1990 đến 2100.");
        assertThat(texts.text(problem, Languages.ENGLISH))
                .contains("1990", "2100")
                .doesNotContain("1,990");
    }
}
