package vn.cchc.tracker.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class SubmissionStatusTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);
    private static final LocalDate BEFORE_DUE = LocalDate.of(2026, 3, 10);
    private static final LocalDate AFTER_DUE = LocalDate.of(2026, 3, 21);

    @Test
    void aReportSubmittedOnOrBeforeItsDueDateIsOnTime() {
        assertThat(SubmissionStatus.of("SUBMITTED", DUE, DUE, AFTER_DUE)).isEqualTo(SubmissionStatus.ON_TIME);
        assertThat(SubmissionStatus.of("SUBMITTED", BEFORE_DUE, DUE, AFTER_DUE)).isEqualTo(SubmissionStatus.ON_TIME);
        assertThat(SubmissionStatus.onTime("SUBMITTED", DUE, DUE)).isTrue();
    }

    @Test
    void aReportSubmittedTheDayAfterItsDueDateIsLate() {
        assertThat(SubmissionStatus.of("SUBMITTED", AFTER_DUE, DUE, AFTER_DUE)).isEqualTo(SubmissionStatus.LATE);
        assertThat(SubmissionStatus.onTime("SUBMITTED", AFTER_DUE, DUE)).isFalse();
    }

    @Test
    void anAcceptedReportIsAcceptedAndKeepsWhetherItCameOnTime() {
        assertThat(SubmissionStatus.of("ACCEPTED", AFTER_DUE, DUE, AFTER_DUE)).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(SubmissionStatus.onTime("ACCEPTED", BEFORE_DUE, DUE)).isTrue();
        assertThat(SubmissionStatus.onTime("ACCEPTED", AFTER_DUE, DUE)).isFalse();
    }

    @Test
    void noReportADraftOrAReturnedOneIsNotSubmittedAndOverdueOnlyAfterTheDueDate() {
        for (String state : new String[] {null, "DRAFT", "RETURNED"}) {
            assertThat(SubmissionStatus.of(state, null, DUE, DUE)).isEqualTo(SubmissionStatus.NOT_YET);
            assertThat(SubmissionStatus.of(state, BEFORE_DUE, DUE, AFTER_DUE)).isEqualTo(SubmissionStatus.OVERDUE);
            assertThat(SubmissionStatus.onTime(state, BEFORE_DUE, DUE)).isFalse();
        }
        assertThat(SubmissionStatus.NOT_YET.submitted()).isFalse();
        assertThat(SubmissionStatus.OVERDUE.submitted()).isFalse();
        assertThat(SubmissionStatus.LATE.submitted()).isTrue();
    }
}
