package vn.cchc.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.reporting.SubmissionState.Step;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class SubmissionStateTest {

    @Test
    void aDraftIsSubmittedThenAcceptedOrReturnedAndAReturnedReportIsSubmittedAgain() {
        assertThat(SubmissionState.DRAFT.after(Step.SUBMIT)).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(SubmissionState.SUBMITTED.after(Step.RETURN)).isEqualTo(SubmissionState.RETURNED);
        assertThat(SubmissionState.RETURNED.after(Step.SUBMIT)).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(SubmissionState.SUBMITTED.after(Step.ACCEPT)).isEqualTo(SubmissionState.ACCEPTED);
    }

    @Test
    void onlyASubmittedReportIsReviewed() {
        for (SubmissionState s : List.of(SubmissionState.DRAFT, SubmissionState.RETURNED, SubmissionState.ACCEPTED)) {
            assertThatThrownBy(() -> s.after(Step.ACCEPT)).isInstanceOf(SubmissionState.IllegalStepException.class);
            assertThatThrownBy(() -> s.after(Step.RETURN)).isInstanceOf(SubmissionState.IllegalStepException.class);
        }
    }

    @Test
    void aSubmittedOrAcceptedReportIsNotSubmittedAgainNorItsNarrativesChanged() {
        assertThatThrownBy(() -> SubmissionState.SUBMITTED.after(Step.SUBMIT))
                .isInstanceOf(SubmissionState.IllegalStepException.class);
        assertThatThrownBy(() -> SubmissionState.ACCEPTED.after(Step.SUBMIT))
                .isInstanceOf(SubmissionState.IllegalStepException.class)
                .satisfies(e -> assertThat(((SubmissionState.IllegalStepException) e).state())
                        .isEqualTo(SubmissionState.ACCEPTED));
        assertThat(SubmissionState.DRAFT.withProvince()).isTrue();
        assertThat(SubmissionState.RETURNED.withProvince()).isTrue();
        assertThat(SubmissionState.SUBMITTED.withProvince()).isFalse();
        assertThat(SubmissionState.ACCEPTED.withProvince()).isFalse();
    }

    @Test
    void submittingIsRefusedNamingEveryGoalWithoutItsRequiredNarrative() {
        assertThat(SubmissionState.checkSubmit(List.of())).isEmpty();
        List<Violation> refused = SubmissionState.checkSubmit(List.of("SIPAS — 20-NQ/TU", "PAR INDEX — 20-NQ/TU"));
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).messageKey()).isEqualTo("reporting.submit.missing");
        assertThat(refused.get(0).args()).containsExactly(2, "SIPAS — 20-NQ/TU; PAR INDEX — 20-NQ/TU");
    }

    @Test
    void returningNeedsAComment() {
        assertThat(SubmissionState.checkReturnComment(null))
                .extracting(Violation::messageKey)
                .containsExactly("reporting.return.commentRequired");
        assertThat(SubmissionState.checkReturnComment("  \n "))
                .extracting(Violation::messageKey)
                .containsExactly("reporting.return.commentRequired");
        assertThat(SubmissionState.checkReturnComment("x".repeat(2001)))
                .extracting(Violation::messageKey)
                .containsExactly("reporting.return.commentLong");
        assertThat(SubmissionState.checkReturnComment("Bổ sung nguyên nhân")).isEmpty();
        assertThat(SubmissionState.checkReturnComment("x".repeat(2000))).isEmpty();
    }
}
