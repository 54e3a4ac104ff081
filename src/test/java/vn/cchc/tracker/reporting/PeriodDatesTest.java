package vn.cchc.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class PeriodDatesTest {

    @Test
    void readsVietnameseAndIsoDates() {
        PeriodDates d = PeriodDates.parse("15/12/2023", "2024-12-14", " 20/12/2024 ");
        assertThat(d.windowFrom()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(d.windowTo()).isEqualTo(LocalDate.of(2024, 12, 14));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2024, 12, 20));
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedOnItsEnd() {
        assertThatThrownBy(() -> PeriodDates.parse("15/12/2024", "14/12/2024", "20/12/2024"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("windowTo", "reporting.period.error.windowBackwards")));
    }

    @Test
    void aDueDateBeforeTheWindowEndsIsRefusedButTheLastDayOfTheWindowIsAllowed() {
        assertThatThrownBy(() -> PeriodDates.parse("15/12/2023", "14/12/2024", "13/12/2024"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("dueDate", "reporting.period.error.dueBeforeWindowEnd")));
        assertThat(PeriodDates.parse("15/12/2023", "14/12/2024", "14/12/2024").dueDate())
                .isEqualTo(LocalDate.of(2024, 12, 14));
    }

    @Test
    void missingAndImpossibleDatesAreRefusedOnTheirFields() {
        assertThatThrownBy(() -> PeriodDates.parse("", "31/02/2024", "20/13/2024"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(
                                        "windowFrom", "reporting.period.error.dateRequired"),
                                org.assertj.core.groups.Tuple.tuple("windowTo", "reporting.period.error.date"),
                                org.assertj.core.groups.Tuple.tuple("dueDate", "reporting.period.error.date")));
        assertThatThrownBy(() -> PeriodDates.parse("\u0000", "99999999999999999999", "1e309"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDefaultCalendarPassesItsOwnCheck() {
        for (PeriodKind k : PeriodKind.values()) {
            PeriodDates d = PeriodDates.parse(
                    k.defaultWindowFrom(2031).toString(),
                    k.defaultWindowTo(2031).toString(),
                    k.defaultDueDate(2031).toString());
            assertThat(d.dueDate()).isAfter(d.windowTo());
        }
    }
}
