package vn.cchc.tracker.attainment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.attainment.rules.Fixtures.bd;
import static vn.cchc.tracker.attainment.rules.Fixtures.groupAtLeast;
import static vn.cchc.tracker.attainment.rules.Fixtures.numbers;
import static vn.cchc.tracker.attainment.rules.Fixtures.pciLevels;
import static vn.cchc.tracker.attainment.rules.Fixtures.percentAtLeast;
import static vn.cchc.tracker.attainment.rules.Fixtures.reduceByPercent;
import static vn.cchc.tracker.attainment.rules.Fixtures.sipasMeasurements;
import static vn.cchc.tracker.attainment.rules.Fixtures.sipasTarget;
import static vn.cchc.tracker.attainment.rules.Fixtures.target;
import static vn.cchc.tracker.attainment.rules.Fixtures.withBaseline;

import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class AttainmentEvaluatorTest {

    private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

    private AttainmentResult evaluate(AttainmentTarget target, Measurements measurements, int year) {
        return evaluator.evaluate(target, measurements, year);
    }

    @Nested
    @DisplayName("worked example: SIPAS ≥ 90% by 2025, measured 80.09 (2022) and 81.21 (2023)")
    class WorkedExample {

        @Test
        void sipasBelowTargetWithRisingTrendIsOffTrackBeforeDeadline() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2024);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.PROJECTED_SHORT_OFF_TRACK);
            assertThat(r.judgedYear()).isEqualTo(2023);
            assertThat(r.judgedValue()).isEqualByComparingTo("81.21");
            assertThat(r.projectedValue().setScale(2, RoundingMode.HALF_UP)).isEqualTo(bd("83.45"));
            assertThat(r.projectedValue()).isEqualTo(bd("83.4500"));
            assertThat(r.explanation().projectedProgress().setScale(3, RoundingMode.HALF_UP))
                    .isEqualTo(bd("0.339"));
            assertThat(r.progress()).isEqualTo(bd("0.1130"));
            assertThat(r.explanation().start()).isEqualByComparingTo("80.09");
            assertThat(r.explanation().goal()).isEqualByComparingTo("90");
            assertThat(r.explanation().pointsUsed()).isEqualTo(2);
        }

        @Test
        void sipasWithoutItsDeadlineResultAwaitsItWithinTheLag() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2026);

            assertThat(r.status()).isEqualTo(AttainmentStatus.AWAITING_RESULT);
            assertThat(r.reason()).isEqualTo(AttainmentReason.AWAITING_DEADLINE_RESULT);
            assertThat(r.judgedYear()).isEqualTo(2023);
            assertThat(r.judgedValue()).isEqualByComparingTo("81.21");
            assertThat(r.progress()).isEqualTo(bd("0.1130"));
            assertThat(r.projectedValue()).isNull();
        }

        @Test
        void sipasBelowTargetInTheDeadlineYearItselfAwaitsTheDeadlineResult() {
            assertThat(evaluate(sipasTarget(), sipasMeasurements(), 2025).status())
                    .isEqualTo(AttainmentStatus.AWAITING_RESULT);
        }

        @Test
        void sipasWithoutItsDeadlineResultBeyondTheLagIsMissed() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2027);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(r.reason()).isEqualTo(AttainmentReason.MISSED_NO_DEADLINE_RESULT);
            assertThat(r.judgedYear()).isEqualTo(2023);
        }

        @Test
        void sipasEvaluatedBeforeAnyMeasurementHasNoData() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2021);

            assertThat(r.status()).isEqualTo(AttainmentStatus.NO_DATA);
            assertThat(r.reason()).isEqualTo(AttainmentReason.NO_MEASUREMENT);
            assertThat(r.judgedYear()).isNull();
            assertThat(r.progress()).isNull();
            assertThat(r.projectedValue()).isNull();
        }
    }

    @Nested
    class AtLeast {

        @Test
        void valueEqualToThresholdIsMet() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2024, "90"), 2024);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
            assertThat(r.reason()).isEqualTo(AttainmentReason.MET);
            assertThat(r.progress()).isEqualTo(bd("1.0000"));
            assertThat(r.projectedValue()).isNull();
        }

        @Test
        void valueJustBelowThresholdIsNotMet() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2025, "89.9999"), 2025);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
        }

        @Test
        void valueAboveThresholdIsMetWithProgressBeyondOne() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "95"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
            assertThat(r.progress()).isEqualTo(bd("1.5000"));
        }

        @Test
        void metBeforeDeadlineStaysMetInLaterYearsWithoutNewData() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "95"), 2030);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
            assertThat(r.judgedYear()).isEqualTo(2023);
        }

        @Test
        void risingTrendReachingThresholdByDeadlineIsOnTrack() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "85"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.PROJECTED_TO_MEET);
            assertThat(r.projectedValue()).isEqualTo(bd("95.0000"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("1.5000"));
            assertThat(r.progress()).isEqualTo(bd("0.5000"));
        }

        @Test
        void trendCoveringNinetyPercentOfTheWayIsAtRisk() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "83"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.PROJECTED_SHORT_AT_RISK);
            assertThat(r.projectedValue()).isEqualTo(bd("89.0000"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("0.9000"));
        }

        @Test
        void trendCoveringExactlyThreeQuartersOfTheWayIsAtRisk() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "82.5"), 2023);

            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("0.7500"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
        }

        @Test
        void trendCoveringJustUnderThreeQuartersOfTheWayIsOffTrack() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "82.49"), 2023);

            assertThat(r.projectedValue()).isEqualTo(bd("87.4700"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("0.7470"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
        }

        @Test
        void fallingTrendIsOffTrackWithNegativeProgress() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "78"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("74.0000"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("-0.6000"));
            assertThat(r.progress()).isEqualTo(bd("-0.2000"));
        }

        @Test
        void singleMeasurementBelowThresholdIsAtRiskForLackOfData() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2023, "80"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.NOT_ENOUGH_DATA);
            assertThat(r.projectedValue()).isNull();
            assertThat(r.explanation().pointsUsed()).isEqualTo(1);
            assertThat(r.progress()).isEqualTo(bd("0.0000"));
        }

        @Test
        void trendLandingExactlyOnThresholdIsOnTrackEvenWhenTheSlopeIsARepeatingDecimal() {
            // u = −6, −5, −3 around 2025: slope 9/14 (repeating), but the line is exactly 84 at 2025
            Measurements m = numbers(2019, "80", 2020, "81", 2022, "82");

            AttainmentResult r = evaluate(target(Comparison.AT_LEAST, UnitKind.SCORE, "84", 2025), m, 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("84.0000"));
        }

        @Test
        void noMeasurementAtAllIsNoData() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), Measurements.empty(), 2024);

            assertThat(r.status()).isEqualTo(AttainmentStatus.NO_DATA);
            assertThat(r.reason()).isEqualTo(AttainmentReason.NO_MEASUREMENT);
        }
    }

    @Nested
    class MoreThan {

        private AttainmentTarget moreThan80() {
            return target(Comparison.MORE_THAN, UnitKind.PERCENT, "80", 2025);
        }

        @Test
        void valueEqualToThresholdIsNotMetSoMissedAtDeadline() {
            AttainmentResult r = evaluate(moreThan80(), numbers(2024, "70", 2025, "80"), 2025);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(r.progress()).isEqualTo(bd("1.0000"));
        }

        @Test
        void valueEqualToThresholdBeforeDeadlineIsNotMet() {
            AttainmentResult r = evaluate(moreThan80(), numbers(2023, "80"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.NOT_ENOUGH_DATA);
        }

        @Test
        void valueJustAboveThresholdIsMet() {
            assertThat(evaluate(moreThan80(), numbers(2023, "80.01"), 2023).status())
                    .isEqualTo(AttainmentStatus.MET);
        }

        @Test
        void trendEndingAboveThresholdIsOnTrack() {
            AttainmentResult r = evaluate(moreThan80(), numbers(2022, "70", 2023, "75"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("85.0000"));
        }

        @Test
        void trendEndingExactlyOnThresholdIsNotOnTrackButAtRisk() {
            Measurements m = numbers(2019, "80", 2020, "81", 2022, "82");

            AttainmentResult r = evaluate(target(Comparison.MORE_THAN, UnitKind.SCORE, "84", 2025), m, 2023);

            assertThat(r.projectedValue()).isEqualTo(bd("84.0000"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("1.0000"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
        }

        @Test
        void slowTrendIsAtRisk() {
            AttainmentResult r = evaluate(moreThan80(), numbers(2022, "70", 2023, "72.5"), 2023);

            assertThat(r.projectedValue()).isEqualTo(bd("77.5000"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
        }

        @Test
        void fallingTrendIsOffTrack() {
            AttainmentResult r = evaluate(moreThan80(), numbers(2022, "70", 2023, "69"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
        }

        @Test
        void noMeasurementUpToTheEvaluationYearIsNoData() {
            assertThat(evaluate(moreThan80(), numbers(2024, "90"), 2023).status())
                    .isEqualTo(AttainmentStatus.NO_DATA);
        }
    }

    @Nested
    class AtMost {

        /** e.g. late dossiers ≤ 10 by 2025. */
        private AttainmentTarget atMost10() {
            return target(Comparison.AT_MOST, UnitKind.COUNT, "10", 2025);
        }

        @Test
        void valueEqualToThresholdIsMet() {
            AttainmentResult r = evaluate(atMost10(), numbers(2022, "20", 2023, "10"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
            assertThat(r.progress()).isEqualTo(bd("1.0000"));
        }

        @Test
        void valueJustAboveThresholdAtDeadlineIsMissed() {
            assertThat(evaluate(atMost10(), numbers(2025, "10.5"), 2025).status())
                    .isEqualTo(AttainmentStatus.MISSED);
        }

        @Test
        void fallingTrendReachingThresholdIsOnTrack() {
            AttainmentResult r = evaluate(atMost10(), numbers(2022, "20", 2023, "16"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("8.0000"));
            assertThat(r.progress()).isEqualTo(bd("0.4000"));
        }

        @Test
        void slowlyFallingTrendIsAtRisk() {
            AttainmentResult r = evaluate(atMost10(), numbers(2022, "20", 2023, "17"), 2023);

            assertThat(r.projectedValue()).isEqualTo(bd("11.0000"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("0.9000"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
        }

        @Test
        void risingTrendGoesTheWrongWayAndIsOffTrack() {
            AttainmentResult r = evaluate(atMost10(), numbers(2022, "20", 2023, "22"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("26.0000"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("-0.6000"));
            assertThat(r.progress()).isEqualTo(bd("-0.2000"));
        }

        @Test
        void singleMeasurementAboveThresholdIsAtRiskForLackOfData() {
            assertThat(evaluate(atMost10(), numbers(2023, "12"), 2023).reason())
                    .isEqualTo(AttainmentReason.NOT_ENOUGH_DATA);
        }

        @Test
        void noMeasurementIsNoData() {
            assertThat(evaluate(atMost10(), Measurements.empty(), 2023).status())
                    .isEqualTo(AttainmentStatus.NO_DATA);
        }
    }

    @Nested
    class RankAtBest {

        /** PAR Index rank 37 or better by 2025. */
        private AttainmentTarget rank37() {
            return target(Comparison.RANK_AT_BEST, UnitKind.RANK, "37", 2025);
        }

        @Test
        void rankEqualToThresholdIsMet() {
            assertThat(evaluate(rank37(), numbers(2023, "37"), 2023).status()).isEqualTo(AttainmentStatus.MET);
        }

        @Test
        void provincesTiedAtTheThresholdRankBothMeetIt() {
            Measurements tiedA = numbers(2022, "40", 2024, "37");
            Measurements tiedB = numbers(2022, "35", 2024, "37");

            assertThat(evaluate(rank37(), tiedA, 2025).status()).isEqualTo(AttainmentStatus.MET);
            assertThat(evaluate(rank37(), tiedB, 2025).status()).isEqualTo(AttainmentStatus.MET);
        }

        @Test
        void provincesTiedJustBelowTheThresholdRankBothMissIt() {
            assertThat(evaluate(rank37(), numbers(2025, "38"), 2025).status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(evaluate(rank37(), numbers(2024, "38"), 2027).status()).isEqualTo(AttainmentStatus.MISSED);
        }

        @Test
        void betterRankIsMetWithProgressBeyondOne() {
            AttainmentResult r = evaluate(rank37(), numbers(2022, "45", 2023, "30"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
            assertThat(r.progress()).isEqualTo(bd("1.8750"));
        }

        @Test
        void improvingRankIsOnTrack() {
            AttainmentResult r = evaluate(rank37(), numbers(2022, "45", 2023, "41"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("33.0000"));
        }

        @Test
        void slowlyImprovingRankIsAtRisk() {
            AttainmentResult r = evaluate(rank37(), numbers(2022, "45", 2023, "43"), 2023);

            assertThat(r.projectedValue()).isEqualTo(bd("39.0000"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("0.7500"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
        }

        @Test
        void worseningRankIsOffTrack() {
            AttainmentResult r = evaluate(rank37(), numbers(2022, "40", 2023, "44"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("52.0000"));
        }

        @Test
        void noRankPublishedYetIsNoData() {
            assertThat(evaluate(rank37(), numbers(2024, "20"), 2022).status()).isEqualTo(AttainmentStatus.NO_DATA);
        }
    }

    @Nested
    class ReduceByPercent {

        /** Cut at least 10% from the 2021 level by 2025; {@code documented} is the target's own baseline value. */
        private AttainmentTarget cut10(String documented) {
            return reduceByPercent(UnitKind.COUNT, bd("10"), 2021, documented == null ? null : bd(documented), 2025);
        }

        @Test
        void exactlyTenPercentBelowTheMeasuredBaselineIsMet() {
            AttainmentResult r = evaluate(cut10(null), numbers(2021, "120", 2024, "108"), 2024);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
            assertThat(r.explanation().goal()).isEqualByComparingTo("108");
            assertThat(r.explanation().baselineValue()).isEqualByComparingTo("120");
            assertThat(r.explanation().baselineMeasured()).isTrue();
            assertThat(r.progress()).isEqualTo(bd("1.0000"));
        }

        @Test
        void justShortOfTheCutAtDeadlineIsMissed() {
            AttainmentResult r = evaluate(cut10(null), numbers(2021, "120", 2025, "108.01"), 2026);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(r.judgedYear()).isEqualTo(2025);
        }

        @Test
        void fallingTrendReachingTheCutIsOnTrack() {
            AttainmentResult r = evaluate(cut10(null), numbers(2021, "120", 2023, "110"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.projectedValue()).isEqualTo(bd("100.0000"));
            assertThat(r.progress()).isEqualTo(bd("0.8333"));
        }

        @Test
        void slowlyFallingTrendIsAtRisk() {
            AttainmentResult r = evaluate(cut10(null), numbers(2021, "120", 2023, "115"), 2023);

            assertThat(r.projectedValue()).isEqualTo(bd("110.0000"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("0.8333"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
        }

        @Test
        void risingTrendIsOffTrack() {
            AttainmentResult r = evaluate(cut10(null), numbers(2021, "120", 2023, "125"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.explanation().projectedProgress().signum()).isNegative();
        }

        @Test
        void baselineMeasurementAloneIsNotEnoughDataToProject() {
            // the only point is the baseline itself: nothing to draw a line through
            AttainmentResult r = evaluate(cut10(null), numbers(2021, "120"), 2022);

            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.NOT_ENOUGH_DATA);
            assertThat(r.progress()).isEqualTo(bd("0.0000"));
        }

        @Test
        void withoutBaselineMeasurementTheTargetsBaselineValueIsUsedAndCountsAsAPoint() {
            AttainmentResult r = evaluate(cut10("120"), numbers(2023, "110"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.explanation().baselineValue()).isEqualByComparingTo("120");
            assertThat(r.explanation().baselineMeasured()).isFalse();
            assertThat(r.explanation().goal()).isEqualByComparingTo("108");
            assertThat(r.explanation().pointsUsed()).isEqualTo(2);
            assertThat(r.projectedValue()).isEqualTo(bd("100.0000"));
            assertThat(r.progress()).isEqualTo(bd("0.8333"));
        }

        @Test
        void measuredBaselineTakesPrecedenceOverTheTargetsBaselineValue() {
            // with the documented 200 the goal would be 180 and 110 would already meet it
            AttainmentResult r = evaluate(cut10("200"), numbers(2021, "120", 2023, "110"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(r.explanation().goal()).isEqualByComparingTo("108");
            assertThat(r.explanation().baselineMeasured()).isTrue();
        }

        @Test
        void withoutAnyBaselineItIsNoDataForMissingBaseline() {
            AttainmentResult r = evaluate(cut10(null), numbers(2022, "115", 2023, "110"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.NO_DATA);
            assertThat(r.reason()).isEqualTo(AttainmentReason.NO_BASELINE_MEASUREMENT);
            assertThat(r.judgedYear()).isEqualTo(2023);
            assertThat(r.progress()).isNull();
            assertThat(r.projectedValue()).isNull();
        }

        @Test
        void withoutAnyMeasurementItIsNoDataForMissingMeasurement() {
            assertThat(evaluate(cut10("120"), Measurements.empty(), 2023).reason())
                    .isEqualTo(AttainmentReason.NO_MEASUREMENT);
        }

        @Test
        void fractionalPercentageSetsTheGoalExactly() {
            AttainmentTarget cut = reduceByPercent(UnitKind.COUNT, bd("12.5"), 2021, null, 2025);

            AttainmentResult r = evaluate(cut, numbers(2021, "80", 2024, "70"), 2024);

            assertThat(r.explanation().goal()).isEqualByComparingTo("70");
            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
        }
    }

    @Nested
    class GroupAtLeast {

        private AttainmentTarget atLeastKha() {
            return groupAtLeast("khá", 2025);
        }

        @Test
        void levelBelowTargetBeforeDeadlineIsAtRiskBecauseGroupsAreNotProjected() {
            AttainmentResult r = evaluate(atLeastKha(), pciLevels(2022, "thấp", 2023, "trung bình"), 2024);

            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.GROUP_NOT_PROJECTED);
            assertThat(r.explanation().judgedLevel()).isEqualTo("trung bình");
            assertThat(r.progress()).isNull();
            assertThat(r.projectedValue()).isNull();
        }

        @Test
        void levelBelowTargetAtDeadlineIsMissed() {
            AttainmentResult r = evaluate(atLeastKha(), pciLevels(2025, "trung bình"), 2025);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(r.progress()).isNull();
        }

        @Test
        void levelEqualToTargetIsMet() {
            AttainmentResult r = evaluate(atLeastKha(), pciLevels(2023, "khá"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
            assertThat(r.progress()).isNull();
        }

        @Test
        void levelAboveTargetIsMet() {
            assertThat(evaluate(atLeastKha(), pciLevels(2023, "rất tốt"), 2026).status())
                    .isEqualTo(AttainmentStatus.MET);
        }

        @Test
        void latestLevelCountsEvenWhenAnEarlierOneWasBetter() {
            AttainmentResult r = evaluate(atLeastKha(), pciLevels(2022, "tốt", 2023, "trung bình"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
        }

        @Test
        void levelReachedAfterDeadlineDoesNotCount() {
            AttainmentResult r = evaluate(atLeastKha(), pciLevels(2024, "trung bình", 2026, "tốt"), 2027);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(r.judgedYear()).isEqualTo(2024);
        }

        @Test
        void levelNamesMatchIgnoringCaseBlanksAndUnicodeComposition() {
            AttainmentTarget shouted = groupAtLeast(" Khá ", 2025);
            String decomposed = Normalizer.normalize("tốt", Normalizer.Form.NFD);

            AttainmentResult r = evaluate(shouted, pciLevels(2023, decomposed), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MET);
        }

        @Test
        void targetLevelThatIsNotOneOfTheIndicatorsLevelsIsNoData() {
            AttainmentResult r = evaluate(groupAtLeast("xuất sắc", 2025), pciLevels(2023, "tốt"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.NO_DATA);
            assertThat(r.reason()).isEqualTo(AttainmentReason.UNKNOWN_LEVEL);
            assertThat(r.explanation().unknownLevel()).isEqualTo("xuất sắc");
        }

        @Test
        void measuredLevelThatIsNotOneOfTheIndicatorsLevelsIsNoData() {
            AttainmentResult r = evaluate(atLeastKha(), pciLevels(2022, "tốt", 2023, "loại A"), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.NO_DATA);
            assertThat(r.reason()).isEqualTo(AttainmentReason.UNKNOWN_LEVEL);
            assertThat(r.explanation().unknownLevel()).isEqualTo("loại A");
            assertThat(r.judgedYear()).isEqualTo(2023);
        }

        @Test
        void noLevelYetIsNoData() {
            assertThat(evaluate(atLeastKha(), pciLevels(2024, "tốt"), 2023).reason())
                    .isEqualTo(AttainmentReason.NO_MEASUREMENT);
            assertThat(evaluate(atLeastKha(), Measurements.empty(), 2023).reason())
                    .isEqualTo(AttainmentReason.NO_MEASUREMENT);
        }
    }

    @Nested
    class WhichDataCounts {

        @Test
        void dataAfterTheDeadlineNeverMakesAPastTargetMet() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2024, "85", 2026, "95"), 2027);

            assertThat(r.status()).isEqualTo(AttainmentStatus.MISSED);
            assertThat(r.judgedYear()).isEqualTo(2024);
            assertThat(r.judgedValue()).isEqualByComparingTo("85");
        }

        @Test
        void onlyDataAfterTheDeadlineIsNoData() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2026, "95"), 2027);

            assertThat(r.status()).isEqualTo(AttainmentStatus.NO_DATA);
        }

        @Test
        void measurementOfTheDeadlineYearCounts() {
            assertThat(evaluate(percentAtLeast("90", 2025), numbers(2024, "85", 2025, "90"), 2026)
                            .status())
                    .isEqualTo(AttainmentStatus.MET);
        }

        @Test
        void dataAfterTheEvaluationYearIsIgnoredForJudgingAndProjecting() {
            AttainmentResult r =
                    evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "81", 2024, "95"), 2023);

            assertThat(r.judgedYear()).isEqualTo(2023);
            assertThat(r.projectedValue()).isEqualTo(bd("83.0000"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
        }

        @Test
        void onlyTheLastFivePointsDrawTheTrend() {
            // one old low point, then a slow decline: all six points give a rising line (≈ 93.5 ≥ 90, on track);
            // the last five give 74 at 2025 — off track
            Measurements m = numbers(2018, "40", 2019, "80", 2020, "79", 2021, "78", 2022, "77", 2023, "76");
            assertThat(ordinaryLeastSquaresAt(
                            2025, new int[] {2018, 2019, 2020, 2021, 2022, 2023}, new double[] {40, 80, 79, 78, 77, 76
                            }))
                    .isGreaterThan(90);

            AttainmentResult r = evaluate(percentAtLeast("90", 2025), m, 2023);

            assertThat(r.explanation().pointsUsed()).isEqualTo(AttainmentEvaluator.MAX_POINTS);
            assertThat(r.projectedValue()).isEqualTo(bd("74.0000"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
        }

        @Test
        void progressStartsFromTheEarliestMeasurementWhenThereIsNoBaseline() {
            Measurements m = numbers(2018, "40", 2019, "80", 2020, "79", 2021, "78", 2022, "77", 2023, "76");

            AttainmentResult r = evaluate(percentAtLeast("90", 2025), m, 2023);

            assertThat(r.explanation().start()).isEqualByComparingTo("40");
            assertThat(r.progress()).isEqualTo(bd("0.7200"));
        }

        @Test
        void unmeasuredBaselineCountsAsAPoint() {
            AttainmentTarget withBaseline = withBaseline(percentAtLeast("90", 2025), 2020, bd("70"));

            AttainmentResult r = evaluate(withBaseline, numbers(2023, "80"), 2023);

            assertThat(r.explanation().pointsUsed()).isEqualTo(2);
            assertThat(r.projectedValue()).isEqualTo(bd("86.6667"));
            assertThat(r.explanation().projectedProgress()).isEqualTo(bd("0.8333"));
            assertThat(r.status()).isEqualTo(AttainmentStatus.AT_RISK);
            assertThat(r.progress()).isEqualTo(bd("0.5000"));
            // without the baseline there is a single point
            assertThat(evaluate(percentAtLeast("90", 2025), numbers(2023, "80"), 2023)
                            .reason())
                    .isEqualTo(AttainmentReason.NOT_ENOUGH_DATA);
        }

        @Test
        void measuredBaselineYearUsesTheMeasurementAsThePointButTheDocumentedValueAsStart() {
            AttainmentTarget withBaseline = withBaseline(percentAtLeast("90", 2025), 2020, bd("70"));

            AttainmentResult r = evaluate(withBaseline, numbers(2020, "75", 2023, "80"), 2023);

            assertThat(r.explanation().pointsUsed()).isEqualTo(2);
            assertThat(r.projectedValue()).isEqualTo(bd("83.3333"));
            assertThat(r.explanation().start()).isEqualByComparingTo("70");
            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
        }

        @Test
        void baselineOlderThanTheLastFivePointsIsLeftOutOfTheTrend() {
            AttainmentTarget withBaseline = withBaseline(percentAtLeast("90", 2025), 2015, bd("0"));
            Measurements m = numbers(2019, "80", 2020, "79", 2021, "78", 2022, "77", 2023, "76");

            AttainmentResult r = evaluate(withBaseline, m, 2023);

            assertThat(r.explanation().pointsUsed()).isEqualTo(5);
            assertThat(r.projectedValue()).isEqualTo(bd("74.0000"));
            assertThat(r.explanation().start()).isEqualByComparingTo("0");
        }

        @Test
        void baselineAfterTheEvaluationYearIsNotAPoint() {
            AttainmentTarget withBaseline = withBaseline(percentAtLeast("90", 2026), 2024, bd("70"));

            AttainmentResult r = evaluate(withBaseline, numbers(2022, "80"), 2022);

            assertThat(r.reason()).isEqualTo(AttainmentReason.NOT_ENOUGH_DATA);
        }

        @Test
        void baselineWithoutAnyMeasurementIsStillNoData() {
            AttainmentTarget withBaseline = withBaseline(percentAtLeast("90", 2025), 2020, bd("70"));

            AttainmentResult r = evaluate(withBaseline, Measurements.empty(), 2023);

            assertThat(r.status()).isEqualTo(AttainmentStatus.NO_DATA);
            assertThat(r.progress()).isNull();
        }

        private double ordinaryLeastSquaresAt(int x, int[] xs, double[] ys) {
            double mx = 0;
            double my = 0;
            for (int i = 0; i < xs.length; i++) {
                mx += xs[i];
                my += ys[i];
            }
            mx /= xs.length;
            my /= ys.length;
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < xs.length; i++) {
                sxy += (xs[i] - mx) * (ys[i] - my);
                sxx += (xs[i] - mx) * (xs[i] - mx);
            }
            return my + sxy / sxx * (x - mx);
        }
    }

    @Nested
    class Progress {

        @Test
        void progressIsRoundedHalfUpToFourDecimals() {
            AttainmentTarget from0 =
                    withBaseline(target(Comparison.AT_LEAST, UnitKind.SCORE, "100", 2025), 2020, bd("0"));

            // 0.12345 → 0.1235 (HALF_EVEN would give 0.1234)
            assertThat(evaluate(from0, numbers(2023, "12.345"), 2023).progress())
                    .isEqualTo(bd("0.1235"));
            assertThat(evaluate(from0, numbers(2023, "12.344"), 2023).progress())
                    .isEqualTo(bd("0.1234"));
        }

        @Test
        void repeatingProgressIsRoundedToFourDecimals() {
            AttainmentTarget from0 =
                    withBaseline(target(Comparison.AT_LEAST, UnitKind.SCORE, "3", 2025), 2020, bd("0"));

            assertThat(evaluate(from0, numbers(2023, "1"), 2023).progress()).isEqualTo(bd("0.3333"));
            assertThat(evaluate(from0, numbers(2023, "2"), 2023).progress()).isEqualTo(bd("0.6667"));
        }

        @Test
        void progressIsNotCapped() {
            AttainmentTarget from50 = withBaseline(percentAtLeast("60", 2025), 2020, bd("50"));

            assertThat(evaluate(from50, numbers(2023, "80"), 2023).progress()).isEqualTo(bd("3.0000"));
            assertThat(evaluate(from50, numbers(2023, "40"), 2023).progress()).isEqualTo(bd("-1.0000"));
        }

        @Test
        void goalEqualToStartLeavesProgressUndefinedAndAShortfallOffTrack() {
            AttainmentTarget from90 = withBaseline(percentAtLeast("90", 2025), 2020, bd("90"));

            AttainmentResult r = evaluate(from90, numbers(2022, "85", 2023, "84"), 2023);

            assertThat(r.progress()).isNull();
            assertThat(r.explanation().projectedProgress()).isNull();
            assertThat(r.projectedValue()).isNotNull();
            assertThat(r.status()).isEqualTo(AttainmentStatus.OFF_TRACK);
            assertThat(r.reason()).isEqualTo(AttainmentReason.PROJECTED_SHORT_OFF_TRACK);
        }

        @Test
        void goalEqualToStartStillAllowsMetAndOnTrack() {
            AttainmentTarget from90 = withBaseline(percentAtLeast("90", 2025), 2015, bd("90"));

            AttainmentResult met = evaluate(from90, numbers(2023, "91"), 2023);
            AttainmentResult onTrack =
                    evaluate(from90, numbers(2019, "60", 2020, "65", 2021, "70", 2022, "75", 2023, "80"), 2023);

            assertThat(met.status()).isEqualTo(AttainmentStatus.MET);
            assertThat(met.progress()).isNull();
            assertThat(onTrack.status()).isEqualTo(AttainmentStatus.ON_TRACK);
            assertThat(onTrack.progress()).isNull();
            assertThat(onTrack.projectedValue()).isEqualTo(bd("90.0000"));
        }

        @Test
        void progressIsNullForGroupsAndNoData() {
            assertThat(evaluate(groupAtLeast("khá", 2025), pciLevels(2023, "tốt"), 2023)
                            .progress())
                    .isNull();
            assertThat(evaluate(percentAtLeast("90", 2025), numbers(2024, "95"), 2023)
                            .progress())
                    .isNull();
        }
    }

    @Nested
    class Misuse {

        @Test
        void numericTargetOnGroupLevelsIsRejected() {
            assertThatThrownBy(() -> evaluate(percentAtLeast("90", 2025), pciLevels(2023, "khá"), 2023))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void groupTargetOnNumbersIsRejected() {
            assertThatThrownBy(() -> evaluate(groupAtLeast("khá", 2025), numbers(2023, "1"), 2023))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everyResultStatusAgreesWithItsReason() {
        Map<AttainmentResult, AttainmentStatus> results = Map.of(
                evaluate(sipasTarget(), sipasMeasurements(), 2024), AttainmentStatus.OFF_TRACK,
                evaluate(sipasTarget(), sipasMeasurements(), 2026), AttainmentStatus.AWAITING_RESULT,
                evaluate(sipasTarget(), sipasMeasurements(), 2027), AttainmentStatus.MISSED,
                evaluate(sipasTarget(), sipasMeasurements(), 2021), AttainmentStatus.NO_DATA);
        results.forEach((result, status) -> {
            assertThat(result.status()).isEqualTo(status);
            assertThat(result.reason().status()).isEqualTo(status);
            assertThat(result.explanation().status()).isEqualTo(status);
        });
    }
}
