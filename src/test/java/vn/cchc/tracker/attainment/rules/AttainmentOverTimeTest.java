package vn.cchc.tracker.attainment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.attainment.rules.Fixtures.bd;
import static vn.cchc.tracker.attainment.rules.Fixtures.groupAtLeast;
import static vn.cchc.tracker.attainment.rules.Fixtures.numbers;
import static vn.cchc.tracker.attainment.rules.Fixtures.pciLevels;
import static vn.cchc.tracker.attainment.rules.Fixtures.percentAtLeast;
import static vn.cchc.tracker.attainment.rules.Fixtures.target;
import static vn.cchc.tracker.attainment.rules.Fixtures.withBaseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.testing.UnitTest;

/** Rules 2–7 and 9 of issue 13: results published late, units that end, slipping back, the straight path. */
@UnitTest
class AttainmentOverTimeTest {

    private static final UnitEnd ENDED_2025 = new UnitEnd("Đắk Nông", LocalDate.of(2025, 6, 30), "68", "Lâm Đồng");

    private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

    private AttainmentResult evaluate(AttainmentTarget target, Measurements m, int year) {
        return evaluator.evaluate(target, m, year);
    }

    private AttainmentResult evaluate(AttainmentTarget target, Measurements m, int year, UnitEnd end) {
        return evaluator.evaluate(target, m, year, end);
    }

    @Nested
    @DisplayName("worked example: Quảng Trị (45) SIPAS ≥ 85% by 2025, 76.43 (2022), 79.46 (2023)")
    class QuangTri {

        private final AttainmentTarget sipas85 = percentAtLeast("85", 2025);
        private final Measurements results = numbers(2022, "76.43", 2023, "79.46");
        private final UnitEnd ended = new UnitEnd("Quảng Trị", LocalDate.of(2025, 6, 30), "44", "Quảng Trị");

        @Test
        void in2024ItIsOnTrackWithItsProjectionProgressAndExpectedValue() {
            AttainmentResult r = evaluate(sipas85, results, 2024, ended);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("85.5200"));
            assertThat(r.progress()).isEqualTo(bd("0.3536"));
            assertThat(r.expectedValue()).isEqualTo(bd("82.1433"));
            assertThat(r.explanation().slope()).isEqualTo(bd("3.0300"));
            // value = intercept + slope × year: 79.46 − 3.03 × 2023
            assertThat(r.explanation().intercept()).isEqualTo(bd("-6050.2300"));
            assertThat(r.explanation().points())
                    .containsExactly(
                            new TrendPoint(2022, bd("76.43"), false), new TrendPoint(2023, bd("79.46"), false));
        }

        @Test
        void in2025ItsUnitHasEndedSoItIsClosedNamingTheSuccessor() {
            AttainmentResult r = evaluate(sipas85, results, 2025, ended);

            assertThat(r.status()).isEqualTo(AttainmentStatus.CLOSED);
            assertThat(r.reason()).isEqualTo(AttainmentReason.UNIT_ENDED);
            assertThat(r.explanation().unitEnd().successorCode()).isEqualTo("44");
            assertThat(r.judgedYear()).isEqualTo(2023);
            assertThat(r.judgedValue()).isEqualByComparingTo("79.46");
        }
    }

    @Nested
    class UnitEnded {

        @Test
        void endedInTheDeadlineYearClosesFromThatYear() {
            AttainmentTarget by2025 = percentAtLeast("90", 2025);

            assertThat(evaluate(by2025, numbers(2023, "80"), 2024, ENDED_2025).status())
                    .isEqualTo(AttainmentStatus.AT_RISK); // still its own before it ended
            assertThat(evaluate(by2025, numbers(2023, "80"), 2025, ENDED_2025).status())
                    .isEqualTo(AttainmentStatus.CLOSED);
            assertThat(evaluate(by2025, numbers(2023, "80"), 2027, ENDED_2025).status())
                    .isEqualTo(AttainmentStatus.CLOSED);
        }

        @Test
        void endedBeforeTheDeadlineClosesTargetsOfLaterYears() {
            AttainmentResult r =
                    evaluate(percentAtLeast("95", 2030), numbers(2022, "80", 2023, "81"), 2026, ENDED_2025);

            assertThat(r.status()).isEqualTo(AttainmentStatus.CLOSED);
            assertThat(r.explanation().unitEnd().successorName()).isEqualTo("Lâm Đồng");
            assertThat(r.projectedValue()).isNull();
        }

        @Test
        void endedAfterTheDeadlineLeavesTheUsualRules() {
            AttainmentTarget by2024 = percentAtLeast("90", 2024);

            AttainmentResult r = evaluate(by2024, numbers(2024, "80"), 2025, ENDED_2025);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(r.explanation().unitEnd()).isNull();
        }

        @Test
        void aMetTargetStaysMetAfterTheUnitEnded() {
            assertThat(evaluate(percentAtLeast("80", 2025), numbers(2024, "85"), 2026, ENDED_2025)
                            .status())
                    .isEqualTo(AttainmentStatus.MET);
        }

        @Test
        void withoutAnyResultItIsClosedNotNoData() {
            AttainmentResult r = evaluate(percentAtLeast("80", 2030), Measurements.empty(), 2026, ENDED_2025);

            assertThat(r.status()).isEqualTo(AttainmentStatus.CLOSED);
            assertThat(r.reason()).isEqualTo(AttainmentReason.UNIT_ENDED_NO_RESULT);
        }

        @Test
        void groupTargetsCloseToo() {
            AttainmentResult r = evaluate(groupAtLeast("khá", 2030), pciLevels(2023, "trung bình"), 2026, ENDED_2025);

            assertThat(r.status()).isEqualTo(AttainmentStatus.CLOSED);
            assertThat(r.explanation().judgedLevel()).isEqualTo("trung bình");
        }
    }

    @Nested
    @DisplayName("a continuing unit (its results one series): ≥ 90 by 2025 with 80 (2022), 85 (2023)")
    class AwaitingResults {

        private final AttainmentTarget by2025 = percentAtLeast("90", 2025);
        private final Measurements results = numbers(2022, "80", 2023, "85");

        @Test
        void withinTheLagItAwaitsTheDeadlineResult() {
            AttainmentResult r = evaluate(by2025, results, 2026);

            assertThat(r.status()).isEqualTo(AttainmentStatus.AWAITING_RESULT);
            assertThat(r.judgedYear()).isEqualTo(2023);
        }

        @Test
        void beyondTheLagItIsMissed() {
            AttainmentResult r = evaluate(by2025, results, 2027);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(r.reason()).isEqualTo(AttainmentReason.MISSED_NO_DEADLINE_RESULT);
        }

        @Test
        void withTheDeadlineResultInItIsMissedAtOnce() {
            assertThat(evaluate(by2025, numbers(2022, "80", 2025, "85"), 2025).reason())
                    .isEqualTo(AttainmentReason.MISSED_AFTER_DEADLINE);
        }

        @Test
        void aLongerLagWaitsLonger() {
            AttainmentEvaluator patient = new AttainmentEvaluator(new AttainmentSettings(new BigDecimal("0.75"), 5, 2));

            assertThat(patient.evaluate(by2025, results, 2027).status()).isEqualTo(AttainmentStatus.AWAITING_RESULT);
            assertThat(patient.evaluate(by2025, results, 2028).status()).isEqualTo(AttainmentStatus.MISSED);
        }

        @Test
        void groupTargetsAwaitToo() {
            assertThat(evaluate(groupAtLeast("khá", 2025), pciLevels(2024, "trung bình"), 2026)
                            .status())
                    .isEqualTo(AttainmentStatus.AWAITING_RESULT);
            assertThat(evaluate(groupAtLeast("khá", 2025), pciLevels(2024, "trung bình"), 2027)
                            .status())
                    .isEqualTo(AttainmentStatus.MISSED);
        }
    }

    @Nested
    @DisplayName("slipped back: ≥ 50 by 2025 with 60 (2020), 55 (2021), 45 (2022)")
    class SlippedBack {

        private final Measurements results = numbers(2020, "60", 2021, "55", 2022, "45");

        @Test
        void aStartThatMetTheTargetLeavesProgressUndefinedAndAFallingTrendOffTrack() {
            AttainmentResult r = evaluate(percentAtLeast("50", 2025), results, 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.FELL_BACK);
            assertThat(r.progress()).isNull();
            assertThat(r.explanation().projectedProgress()).isNull();
            assertThat(r.explanation().startMetGoal()).isTrue();
            assertThat(r.projectedValue()).isEqualTo(bd("23.3333")); // 60, 55, 45: −7.5 a year
        }

        @Test
        void theIssuesExampleIsOffTrackNotAtRisk() {
            // start 98, goal ≥ 50, now 40, trend falling to 24 by the deadline
            AttainmentResult r =
                    evaluate(percentAtLeast("50", 2025), numbers(2020, "98", 2021, "69", 2022, "40"), 2022);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.progress()).isNull();
        }

        @Test
        void aStartThatMetTheTargetAndATrendBackAboveItIsOnTrack() {
            // the start (2016) lies before the five points of the line, which rises again
            Measurements recovering = numbers(2016, "60", 2018, "30", 2019, "35", 2020, "40", 2021, "45", 2022, "49");

            AttainmentResult r = evaluate(percentAtLeast("50", 2025), recovering, 2022);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.progress()).isNull();
        }

        @Test
        void forALowerIsBetterTargetTooAndWithADocumentedBaseline() {
            AttainmentTarget rank30 =
                    withBaseline(target(Comparison.RANK_AT_BEST, UnitKind.RANK, "30", 2025), 2020, bd("20"));

            AttainmentResult r = evaluate(rank30, numbers(2021, "28", 2022, "35"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.progress()).isNull();
            assertThat(r.explanation().points()).first().isEqualTo(new TrendPoint(2020, bd("20"), true));
        }
    }

    @Nested
    class GoalEqualsStart {

        @Test
        void aShortProjectionIsOffTrackWithProgressUndefined() {
            AttainmentTarget from90 = withBaseline(percentAtLeast("90", 2025), 2020, bd("90"));

            AttainmentResult r = evaluate(from90, numbers(2022, "85", 2023, "84"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.progress()).isNull();
        }

        @Test
        void aStrictTargetFromItsOwnThresholdHasNoProgressEither() {
            AttainmentTarget above90 =
                    withBaseline(target(Comparison.MORE_THAN, UnitKind.PERCENT, "90", 2025), 2020, bd("90"));

            AttainmentResult r = evaluate(above90, numbers(2022, "89", 2023, "88"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.progress()).isNull();
            assertThat(r.expectedValue()).isEqualTo(bd("90.0000"));
        }
    }

    @Nested
    class ExpectedValue {

        @Test
        void isTheStraightPathFromTheBaselineYearToTheDeadline() {
            AttainmentTarget from2020 = withBaseline(percentAtLeast("90", 2025), 2020, bd("70"));

            assertThat(evaluate(from2020, numbers(2022, "75"), 2022).expectedValue())
                    .isEqualTo(bd("78.0000"));
            assertThat(evaluate(from2020, numbers(2022, "75"), 2030).expectedValue())
                    .isEqualTo(bd("90.0000"));
        }

        @Test
        void startsFromTheEarliestResultWithoutABaseline() {
            assertThat(evaluate(percentAtLeast("85", 2025), numbers(2022, "76.43"), 2022)
                            .expectedValue())
                    .isEqualTo(bd("76.4300"));
        }

        @Test
        void isNullForGroupsNoDataAndAStartInTheDeadlineYear() {
            assertThat(evaluate(groupAtLeast("khá", 2025), pciLevels(2023, "tốt"), 2023)
                            .expectedValue())
                    .isNull();
            assertThat(evaluate(percentAtLeast("85", 2025), Measurements.empty(), 2023)
                            .expectedValue())
                    .isNull();
            assertThat(evaluate(percentAtLeast("85", 2025), numbers(2025, "80"), 2025)
                            .expectedValue())
                    .isNull();
        }

        @Test
        void doesNotChangeTheStatus() {
            // behind the straight path from 10 (2015) to 90 (2025), yet the trend meets the target
            AttainmentTarget from2015 = withBaseline(percentAtLeast("90", 2025), 2015, bd("10"));
            Measurements rising = numbers(2019, "20", 2020, "30", 2021, "45", 2022, "55", 2023, "70");

            AttainmentResult r = evaluate(from2015, rising, 2023);

            assertThat(r.expectedValue()).isEqualTo(bd("74.0000"));
            assertThat(r.judgedValue()).isLessThan(r.expectedValue());
            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
        }
    }

    @Nested
    class Settings {

        @Test
        void theAtRiskThresholdAndPointsAreAdjustable() {
            AttainmentTarget by2025 = percentAtLeast("90", 2025);
            Measurements sipas = numbers(2022, "80.09", 2023, "81.21"); // projected progress 0.339

            assertThat(evaluate(by2025, sipas, 2024).status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(new AttainmentEvaluator(new AttainmentSettings(new BigDecimal("0.3"), 5, 1))
                            .evaluate(by2025, sipas, 2024)
                            .status())
                    .isEqualTo(AttainmentStatus.AT_RISK);
            Measurements five = numbers(2019, "10", 2020, "20", 2021, "30", 2022, "80", 2023, "84");
            assertThat(new AttainmentEvaluator(new AttainmentSettings(new BigDecimal("0.75"), 2, 1))
                            .evaluate(by2025, five, 2024)
                            .explanation()
                            .pointsUsed())
                    .isEqualTo(2);
        }

        @Test
        void outOfRangeSettingsAreRefused() {
            assertThatThrownBy(() -> new AttainmentSettings(new BigDecimal("1.5"), 5, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new AttainmentSettings(new BigDecimal("0.75"), 1, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new AttainmentSettings(new BigDecimal("0.75"), 5, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
