package vn.cchc.tracker.tablefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.cchc.tracker.support.Languages;

/** The check every kind of problem passes, whichever module owns it: a sentence in both languages using all its arguments. */
public final class ProblemSentences {

    public static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private ProblemSentences() {}

    public static void assertSaidInBothLanguages(ProblemKind type) {
        TableProblem problem = TableProblem.ofFile(type, "A0", "A1", "A2", "A3");
        TableProblemTexts texts = new TableProblemTexts(MESSAGES);

        for (Locale locale : new Locale[] {Languages.VIETNAMESE, Languages.ENGLISH}) {
            String text = texts.text(problem, locale);
            assertThat(text)
                    .as("%s in %s", type, locale)
                    .isNotEqualTo(type.messageKey())
                    .doesNotContain("{", "}");
        }
        assertThat(texts.text(problem, Languages.VIETNAMESE)).isNotEqualTo(texts.text(problem, Languages.ENGLISH));
    }
}
