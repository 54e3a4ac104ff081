package vn.cchc.tracker.tablefile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cchc.tracker.testing.UnitTest;

/** Every problem of a file, header or cell says something in both languages, and fills in all its arguments. */
@UnitTest
class FileProblemSentencesTest {

    @ParameterizedTest
    @EnumSource(FileProblem.class)
    void everyProblemHasASentenceInBothLanguagesUsingAllItsArguments(FileProblem type) {
        ProblemSentences.assertSaidInBothLanguages(type);
    }
}
