package vn.cchc.tracker.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.tablefile.ImportProblem;
import vn.cchc.tracker.tablefile.ImportProblemTexts;
import vn.cchc.tracker.tablefile.ProblemType;
import vn.cchc.tracker.testing.UnitTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem and row status says something in both languages, and fills in all its arguments. */
@UnitTest
class ImportMessagesTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyProblemHasASentenceInBothLanguagesUsingAllItsArguments(ProblemType type) {
        ImportProblem problem = ImportProblem.ofFile(type, "A0", "A1", "A2", "A3");
        ImportProblemTexts texts = new ImportProblemTexts(MESSAGES);

        for (Locale locale : new Locale[] {Languages.VIETNAMESE, Languages.ENGLISH}) {
            String text = texts.text(problem, locale);
            assertThat(text).as("%s in %s", type, locale).isNotEqualTo(type.messageKey()).doesNotContain("{", "}");
        }
        assertThat(texts.text(problem, Languages.VIETNAMESE)).isNotEqualTo(texts.text(problem, Languages.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(ImportRowStatus.class)
    void everyRowStatusHasALabel(ImportRowStatus status) {
        assertThat(MESSAGES.getMessage("import.status." + status, null, Languages.VIETNAMESE)).isNotBlank();
        assertThat(MESSAGES.getMessage("import.status." + status, null, Languages.ENGLISH)).isNotBlank();
    }
}
