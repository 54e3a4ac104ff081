package vn.cchc.tracker.tablefile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every problem of a file, header or cell says something in both languages, and fills in all its arguments. */
class FileProblemSentencesTest {

    @ParameterizedTest
    @EnumSource(FileProblem.class)
    void everyProblemHasASentenceInBothLanguagesUsingAllItsArguments(FileProblem type) {
        ProblemSentences.assertSaidInBothLanguages(type);
    }
}
