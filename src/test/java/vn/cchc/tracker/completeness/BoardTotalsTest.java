package vn.cchc.tracker.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class BoardTotalsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 18);

    private static BoardRow row(String code, SubmissionStatus status, boolean onTime, UnitCounts counts) {
        return new BoardRow(code, "Unit " + code, "province.kind.PROVINCE", counts, status, DAY, onTime);
    }

    @Test
    void theReportingRateIsSubmittedAndOnTimeOfEveryUnitExpected() {
        List<BoardRow> rows = new ArrayList<>();
        rows.add(row("01", SubmissionStatus.ACCEPTED, true, new UnitCounts(4, 3, 2, 1)));
        rows.add(row("02", SubmissionStatus.ACCEPTED, false, new UnitCounts(2, 2, 0, 0)));
        rows.add(row("04", SubmissionStatus.ON_TIME, true, new UnitCounts(5, 1, 1, 1)));
        rows.add(row("06", SubmissionStatus.LATE, false, UnitCounts.NONE));
        rows.add(row("08", SubmissionStatus.OVERDUE, false, new UnitCounts(3, 0, 2, 0)));
        rows.add(row("10", SubmissionStatus.NOT_YET, false, UnitCounts.NONE));

        BoardTotals totals = BoardTotals.of(rows);

        assertThat(totals.units()).isEqualTo(6);
        assertThat(totals.submitted()).isEqualTo(4);
        assertThat(totals.onTime()).isEqualTo(2);
        assertThat(totals.accepted()).isEqualTo(2);
        assertThat(totals.late()).isEqualTo(1);
        assertThat(totals.overdue()).isEqualTo(1);
        assertThat(totals.notYet()).isEqualTo(1);
        assertThat(totals.submittedPercent()).isEqualTo(67);
        assertThat(totals.onTimePercent()).isEqualTo(33);
        assertThat(totals.counts()).isEqualTo(new UnitCounts(14, 6, 5, 2));
    }

    @Test
    void anEmptyBoardHasNoRate() {
        BoardTotals totals = BoardTotals.of(List.of());

        assertThat(totals.submittedPercent()).isZero();
        assertThat(totals.onTimePercent()).isZero();
    }

    @Test
    void sortingBySubmissionPutsOverdueFirstAndAcceptedLastTiesByCode() {
        List<BoardRow> rows = new ArrayList<>(List.of(
                row("10", SubmissionStatus.ACCEPTED, true, UnitCounts.NONE),
                row("08", SubmissionStatus.OVERDUE, false, UnitCounts.NONE),
                row("02", SubmissionStatus.OVERDUE, false, UnitCounts.NONE),
                row("04", SubmissionStatus.LATE, false, UnitCounts.NONE)));

        rows.sort(BoardSort.SUBMISSION.comparator());

        assertThat(rows).extracting(BoardRow::code).containsExactly("02", "08", "04", "10");
    }
}
