package vn.cchc.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.tablefile.ProblemSentences;
import vn.cchc.tracker.testing.UnitTest;

/**
 * Every problem of a row or an import and every row status says something in both languages, and fills in all its
 * arguments (the table file's own problems: {@code FileProblemSentencesTest}).
 */
@UnitTest
class ImportMessagesTest {

    @ParameterizedTest
    @EnumSource(RowProblem.class)
    void everyProblemHasASentenceInBothLanguagesUsingAllItsArguments(RowProblem type) {
        ProblemSentences.assertSaidInBothLanguages(type);
    }

    @ParameterizedTest
    @EnumSource(ImportRowStatus.class)
    void everyRowStatusHasALabel(ImportRowStatus status) {
        assertThat(ProblemSentences.MESSAGES.getMessage("import.status." + status, null, Languages.VIETNAMESE))
                .isNotBlank();
        assertThat(ProblemSentences.MESSAGES.getMessage("import.status." + status, null, Languages.ENGLISH))
                .isNotBlank();
    }
}
