package vn.cchc.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.notification.NotificationKind.DUE_1_DAY;
import static vn.cchc.tracker.notification.NotificationKind.DUE_3_DAYS;
import static vn.cchc.tracker.notification.NotificationKind.DUE_7_DAYS;
import static vn.cchc.tracker.notification.NotificationKind.OVERDUE;
import static vn.cchc.tracker.notification.NotificationKind.RETURNED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ReminderRuleTest {

    /** The six-month report of 2024: due by 20/6/2024. */
    private static final LocalDate DUE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2024-06-01, ",
        "2024-06-12, ",
        "2024-06-13, DUE_7_DAYS",
        "2024-06-16, DUE_7_DAYS",
        "2024-06-17, DUE_3_DAYS",
        "2024-06-18, DUE_3_DAYS",
        "2024-06-19, DUE_1_DAY",
        "2024-06-20, DUE_1_DAY",
        "2024-06-21, OVERDUE",
        "2024-12-31, OVERDUE"
    })
    void theStageFollowsTheDaysLeftUntilTheDueDate(LocalDate today, NotificationKind expected) {
        assertThat(ReminderRule.dueToday(today, DUE, false, Set.of())).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aSubmittedOrAcceptedReportIsNotRemindedOf() {
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 13), DUE, true, Set.of()))
                .isEmpty();
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 25), DUE, true, Set.of()))
                .isEmpty();
        assertThat(ReminderRule.isSubmitted("SUBMITTED")).isTrue();
        assertThat(ReminderRule.isSubmitted("ACCEPTED")).isTrue();
    }

    @Test
    void aDraftAReturnedReportAndNoReportAtAllAreRemindedOf() {
        for (String state : new String[] {null, "DRAFT", "RETURNED"}) {
            assertThat(ReminderRule.isSubmitted(state)).as(state).isFalse();
        }
    }

    @Test
    void aReminderMissedWhileTheApplicationWasDownIsSentLateAsTheStageTheDayReached() {
        // down from 10/6 to 18/6: the 7-day reminder was never sent; on the 18th the 3-day one is due
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 18), DUE, false, Set.of()))
                .contains(DUE_3_DAYS);
        // down over the due date: the overdue one, once (the same stage again is the same notice)
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 27), DUE, false, Set.of(DUE_7_DAYS)))
                .contains(OVERDUE);
    }

    @Test
    void theSameStageIsDueAgainSoAnEditorAddedLaterGetsItButTheNoticeKeyKeepsItOnce() {
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 14), DUE, false, Set.of(DUE_7_DAYS)))
                .contains(DUE_7_DAYS);
    }

    @Test
    void neverTheSevenDayReminderAfterTheThreeDayOne() {
        // an admin moved the due date from 20/6 to 30/6 after the 3-day reminder went out
        LocalDate moved = LocalDate.of(2024, 6, 30);
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 18), moved, false, Set.of(DUE_7_DAYS, DUE_3_DAYS)))
                .isEmpty();
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 28), moved, false, Set.of(DUE_7_DAYS, DUE_3_DAYS)))
                .as("its own stage again")
                .contains(DUE_3_DAYS);
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 29), moved, false, Set.of(DUE_3_DAYS)))
                .contains(DUE_1_DAY);
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 25), moved, false, Set.of(OVERDUE)))
                .as("overdue already said")
                .isEmpty();
    }

    @Test
    void otherNoticesDoNotCountAsReminders() {
        assertThat(ReminderRule.dueToday(LocalDate.of(2024, 6, 13), DUE, false, List.of(RETURNED)))
                .contains(DUE_7_DAYS);
    }

    @Test
    void onlyTheCurrentAndThePreviousYearsPeriodsAreLookedAt() {
        LocalDate today = LocalDate.of(2026, 1, 10);
        assertThat(ReminderRule.considered(2026, today)).isTrue();
        assertThat(ReminderRule.considered(2025, today)).isTrue();
        assertThat(ReminderRule.considered(2024, today)).isFalse();
        assertThat(ReminderRule.considered(2027, today)).isFalse();
    }
}
