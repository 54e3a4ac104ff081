package vn.cchc.tracker.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ExplanationRulesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aQuestionIsStrippedAndNeedsTextAndAKnownYear() {
        assertThat(ExplanationRules.question("  Vì sao SIPAS giảm?  ", "2024"))
                .isEqualTo(new ExplanationRules.Question("Vì sao SIPAS giảm?", 2024));

        assertThatThrownBy(() -> ExplanationRules.question("   ", "1800"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactlyInAnyOrder("question:form.error.required", "year:form.error.year"));
    }

    @Test
    void aQuestionOrAReplyOverItsLimitIsRefused() {
        assertThatThrownBy(() -> ExplanationRules.question("x".repeat(ExplanationRules.QUESTION_MAX + 1), "2024"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ExplanationRules.question("x".repeat(ExplanationRules.QUESTION_MAX), "2024")
                        .text())
                .hasSize(ExplanationRules.QUESTION_MAX);
        assertThatThrownBy(
                        () -> ExplanationRules.reply(ExplanationState.OPEN, "x".repeat(ExplanationRules.REPLY_MAX + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anOpenRequestTakesOneReplyAndAnAnsweredOneNone() {
        assertThat(ExplanationRules.reply(ExplanationState.OPEN, " Do khảo sát muộn. "))
                .isEqualTo("Do khảo sát muộn.");

        assertThatThrownBy(() -> ExplanationRules.reply(ExplanationState.ANSWERED, "Lần hai"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey())
                        .containsExactly("explanation.error.alreadyAnswered"));
        assertThatThrownBy(() -> ExplanationRules.reply(ExplanationState.OPEN, " "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theStateFollowsTheReplyAndAFilterReadsOnlyKnownStates() {
        assertThat(ExplanationState.of(null)).isEqualTo(ExplanationState.OPEN);
        assertThat(ExplanationState.of("Đã giải trình")).isEqualTo(ExplanationState.ANSWERED);
        assertThat(ExplanationState.parse("answered")).isEqualTo(ExplanationState.ANSWERED);
        assertThat(ExplanationState.parse("NaN")).isNull();
        assertThat(ExplanationFilter.of("67", "OPEN")).isEqualTo(new ExplanationFilter("67", ExplanationState.OPEN));
        assertThat(ExplanationFilter.of("6\u00007", "x")).isEqualTo(new ExplanationFilter(null, null));
    }

    @Test
    void anOpenRequestCountsCalendarDaysSinceItWasAskedWhereTheOfficeIs() {
        Instant asked = Instant.parse("2026-03-02T16:30:00Z"); // 23:30 on 2 March in Hà Nội

        ExplanationAge sameEvening = ExplanationAge.of(asked, null, Instant.parse("2026-03-02T16:50:00Z"), HANOI);
        assertThat(sameEvening.messageKey()).isEqualTo("explanation.age.open.today");
        assertThat(sameEvening.days()).isZero();

        // 40 minutes later is the next day in Hà Nội
        assertThat(ExplanationAge.of(asked, null, Instant.parse("2026-03-02T17:10:00Z"), HANOI))
                .isEqualTo(new ExplanationAge(ExplanationState.OPEN, 1));
        ExplanationAge week = ExplanationAge.of(asked, null, Instant.parse("2026-03-09T03:00:00Z"), HANOI);
        assertThat(week.messageKey()).isEqualTo("explanation.age.open.days");
        assertThat(week.days()).isEqualTo(7);
    }

    @Test
    void anAnsweredRequestCountsTheDaysItTookToAnswerWhateverTheDayNow() {
        Instant asked = Instant.parse("2026-03-02T02:00:00Z");
        Instant now = Instant.parse("2026-06-01T02:00:00Z");

        ExplanationAge sameDay = ExplanationAge.of(asked, Instant.parse("2026-03-02T09:00:00Z"), now, HANOI);
        assertThat(sameDay.messageKey()).isEqualTo("explanation.age.answered.sameDay");
        ExplanationAge threeDays = ExplanationAge.of(asked, Instant.parse("2026-03-05T01:00:00Z"), now, HANOI);
        assertThat(threeDays.messageKey()).isEqualTo("explanation.age.answered.days");
        assertThat(threeDays.days()).isEqualTo(3);
    }
}
