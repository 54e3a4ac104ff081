package vn.cchc.tracker.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.attainment.AttainmentMessages.EN;
import static vn.cchc.tracker.attainment.AttainmentMessages.VI;
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

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.cchc.tracker.attainment.rules.AttainmentEvaluator;
import vn.cchc.tracker.attainment.rules.AttainmentReason;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.AttainmentTarget;
import vn.cchc.tracker.attainment.rules.Measurements;
import vn.cchc.tracker.attainment.rules.UnitEnd;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class AttainmentExplainerTest {

    private static final UnitEnd DAK_NONG_ENDED =
            new UnitEnd("Đắk Nông", java.time.LocalDate.of(2025, 6, 30), "68", "Lâm Đồng");

    private final AttainmentEvaluator evaluator = new AttainmentEvaluator();
    private final AttainmentExplainer explainer = new AttainmentExplainer(AttainmentMessages.source());

    /** The sentence with group levels shown as stored. */
    private String explain(AttainmentResult result, Locale locale) {
        return explainer.explain(result, locale, UnaryOperator.identity());
    }

    private AttainmentResult evaluate(AttainmentTarget target, Measurements measurements, int year) {
        return evaluator.evaluate(target, measurements, year);
    }

    @Nested
    class Sentences {

        @Test
        void workedExampleOffTrackInVietnamese() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2024);

            assertThat(explain(r, VI))
                    .isEqualTo(
                            "Năm 2023 đạt 81,21%, chưa đạt mục tiêu ≥ 90% vào năm 2025; "
                                    + "theo xu hướng đến 2025 chỉ đạt khoảng 83,45% (dự báo 34% chặng đường khi đến hạn) — chậm tiến độ.");
        }

        @Test
        void workedExampleOffTrackInEnglish() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2024);

            assertThat(explain(r, EN))
                    .isEqualTo(
                            "In 2023 it reached 81.21%, short of the target ≥ 90% for 2025; "
                                    + "on the current trend it would reach only about 83.45% by 2025 (projected: 34% of the way by the deadline) — off track.");
        }

        @Test
        void metStripsTrailingZeros() {
            AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2024, "95.6000"), 2024);

            assertThat(explain(r, VI)).isEqualTo("Năm 2024 đạt 95,6%, đã hoàn thành mục tiêu ≥ 90% vào năm 2025.");
            assertThat(explain(r, EN)).isEqualTo("In 2024 it reached 95.6%, meeting the target ≥ 90% for 2025.");
        }

        @Test
        void missedAfterDeadline() {
            AttainmentResult r = evaluate(sipasTarget(), numbers(2022, "80.09", 2025, "81.21"), 2026);

            assertThat(explain(r, VI))
                    .isEqualTo("Năm 2025 đạt 81,21%, không đạt mục tiêu ≥ 90% vào năm 2025 — đã hết hạn.");
            assertThat(explain(r, EN))
                    .isEqualTo(
                            "In 2025 it reached 81.21%, missing the target ≥ 90% for 2025 — the deadline has passed.");
        }

        @Test
        void awaitingTheDeadlineResult() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2026);

            assertThat(explain(r, VI))
                    .isEqualTo(
                            "Đang chờ kết quả năm 2025; kết quả mới nhất: 81,21% (năm 2023), chưa đạt mục tiêu ≥ 90%.");
            assertThat(explain(r, EN))
                    .isEqualTo("Awaiting the 2025 result; latest: 81.21% (2023), short of the target ≥ 90%.");
        }

        @Test
        void noDeadlineResultBeyondTheLag() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2027);

            assertThat(explain(r, EN))
                    .isEqualTo(
                            "No result for 2025; latest: 81.21% (2023), missing the target ≥ 90% — the deadline has passed.");
        }

        @Test
        void closedNamesTheSuccessorAndTheLastJudgedResult() {
            AttainmentResult r =
                    new AttainmentEvaluator().evaluate(sipasTarget(), sipasMeasurements(), 2025, DAK_NONG_ENDED);

            assertThat(explain(r, VI))
                    .isEqualTo("Không còn theo dõi: Đắk Nông đã trở thành một phần của Lâm Đồng (68) từ 01/07/2025; "
                            + "kết quả cuối cùng được đánh giá: 81,21% (năm 2023), mục tiêu ≥ 90% vào năm 2025.");
            assertThat(explain(r, EN))
                    .isEqualTo("No longer followed: Đắk Nông became part of Lâm Đồng (68) on 01/07/2025; "
                            + "last judged result: 81.21% (2023), target ≥ 90% for 2025.");
        }

        @Test
        void pathSaysAheadOrBehindTheStraightPath() {
            // start 76.43 (2022), goal 85 (2025): expected 82.1433 in 2024
            AttainmentResult behind =
                    evaluate(percentAtLeast("85", 2025), numbers(2022, "76.43", 2023, "79.46", 2024, "80"), 2024);
            AttainmentResult ahead =
                    evaluate(percentAtLeast("85", 2025), numbers(2022, "76.43", 2023, "79.46", 2024, "84"), 2024);

            assertThat(explainer.pathText(behind.explanation(), EN)).isEqualTo("behind the straight path by 2.14%");
            assertThat(explainer.pathText(ahead.explanation(), VI)).isEqualTo("vượt lộ trình đều đặn 1,86%");
        }

        @Test
        void projectedToMeetARank() {
            AttainmentTarget rank37 = target(Comparison.RANK_AT_BEST, UnitKind.RANK, "37", 2025);
            AttainmentResult r = evaluate(rank37, numbers(2022, "45", 2023, "41"), 2023);

            assertThat(explain(r, VI))
                    .isEqualTo("Năm 2023 đạt hạng 41, chưa đạt mục tiêu hạng 37 trở lên vào năm "
                            + "2025; theo xu hướng đến 2025 sẽ đạt khoảng hạng 33 — đúng tiến độ.");
            assertThat(explain(r, EN))
                    .isEqualTo("In 2023 it reached rank 41, short of the target rank 37 or better "
                            + "for 2025; on the current trend it should reach about rank 33 by 2025 — on track.");
        }

        @Test
        void projectedShortAtRiskForAScore() {
            AttainmentTarget score90 = target(Comparison.AT_LEAST, UnitKind.SCORE, "90", 2025);
            AttainmentResult r = evaluate(score90, numbers(2022, "80", 2023, "82.5"), 2023);

            assertThat(explain(r, VI))
                    .isEqualTo(
                            "Năm 2023 đạt 82,5 điểm, chưa đạt mục tiêu ≥ 90 điểm vào năm 2025; "
                                    + "theo xu hướng đến 2025 chỉ đạt khoảng 87,5 điểm (dự báo 75% chặng đường khi đến hạn) — có nguy cơ không đạt.");
            assertThat(explain(r, EN))
                    .isEqualTo(
                            "In 2023 it reached 82.5 points, short of the target ≥ 90 points "
                                    + "for 2025; on the current trend it would reach only about 87.5 points by 2025 (projected: 75% of the way by the deadline) — at risk.");
        }

        @Test
        void projectedShortOffTrackMovingAwayFromTheTarget() {
            AttainmentTarget atMost10 = target(Comparison.AT_MOST, UnitKind.COUNT, "10", 2025);
            AttainmentResult r = evaluate(atMost10, numbers(2022, "20", 2023, "22"), 2023);

            assertThat(explain(r, VI))
                    .isEqualTo("Năm 2023 đạt 22, chưa đạt mục tiêu ≤ 10 vào năm 2025; theo xu "
                            + "hướng đến 2025 chỉ đạt khoảng 26 (xu hướng đi ngược mục tiêu) — chậm tiến độ.");
            assertThat(explain(r, EN))
                    .isEqualTo(
                            "In 2023 it reached 22, short of the target ≤ 10 for 2025; on the "
                                    + "current trend it would reach only about 26 by 2025 (moving away from the target) — off track.");
        }

        @Test
        void projectedShortOffTrackWithoutADefinedWayLeavesTheShareOut() {
            AttainmentTarget from90 = withBaseline(percentAtLeast("90", 2025), 2020, bd("90"));
            AttainmentResult r = evaluate(from90, numbers(2022, "85", 2023, "84"), 2023);

            assertThat(explain(r, VI)).endsWith("theo xu hướng đến 2025 chỉ đạt khoảng 79,4286% — chậm tiến độ.");
            assertThat(explain(r, EN)).endsWith("it would reach only about 79.4286% by 2025 — off track.");
        }

        @Test
        void notEnoughDataWithThousandsGrouped() {
            AttainmentTarget count2000 = target(Comparison.AT_LEAST, UnitKind.COUNT, "2000", 2025);
            AttainmentResult r = evaluate(count2000, numbers(2023, "1234.5"), 2023);

            assertThat(explain(r, VI))
                    .isEqualTo("Năm 2023 đạt 1.234,5, chưa đạt mục tiêu ≥ 2.000 vào năm 2025; "
                            + "chưa đủ số liệu để dự báo xu hướng — có nguy cơ không đạt.");
            assertThat(explain(r, EN))
                    .isEqualTo("In 2023 it reached 1,234.5, short of the target ≥ 2,000 for 2025; "
                            + "too little data to project a trend — at risk.");
        }

        @Test
        void groupNotProjectedWithEnglishLevelNames() {
            AttainmentResult r = evaluate(groupAtLeast("khá", 2025), pciLevels(2023, "trung bình"), 2024);
            Map<String, String> english = Map.of("trung bình", "average", "khá", "fairly good");

            assertThat(explain(r, VI))
                    .isEqualTo("Năm 2023 xếp nhóm trung bình, chưa đạt mục tiêu nhóm “khá” trở lên "
                            + "vào năm 2025; kết quả xếp nhóm không được dự báo theo xu hướng — có nguy cơ không đạt.");
            assertThat(explainer.explain(r, EN, english::get))
                    .isEqualTo(
                            "In 2023 it was in group “average”, short of the "
                                    + "target group “fairly good” or above for 2025; group results are not projected — at risk.");
        }

        @Test
        void levelWithoutATranslationIsShownAsStored() {
            AttainmentResult r = evaluate(groupAtLeast("khá", 2025), pciLevels(2023, "trung bình"), 2024);
            Map<String, String> partial = Map.of("khá", "fairly good");

            assertThat(explainer.explain(r, EN, partial::get))
                    .startsWith(
                            "In 2023 it was in group “trung bình”, short of the target group “fairly good” or above");
        }

        @Test
        void noMeasurement() {
            AttainmentResult r = evaluate(sipasTarget(), sipasMeasurements(), 2021);

            assertThat(explain(r, VI))
                    .isEqualTo("Chưa có số liệu đến năm 2021 để đánh giá mục tiêu ≥ 90% vào năm 2025.");
            assertThat(explain(r, EN)).isEqualTo("No data up to 2021 to judge the target ≥ 90% for 2025.");
        }

        @Test
        void noMeasurementNamesTheDeadlineWhenEvaluatedLater() {
            AttainmentResult r = evaluate(sipasTarget(), Measurements.empty(), 2030);

            assertThat(explain(r, VI)).startsWith("Chưa có số liệu đến năm 2025 ");
        }

        @Test
        void noBaselineMeasurement() {
            AttainmentTarget cut10 = reduceByPercent(UnitKind.COUNT, bd("10"), 2021, null, 2025);
            AttainmentResult r = evaluate(cut10, numbers(2023, "110"), 2023);

            assertThat(explain(r, VI))
                    .isEqualTo("Năm 2023 đạt 110 nhưng chưa có số liệu năm gốc 2021, chưa đánh giá "
                            + "được mục tiêu giảm ít nhất 10% so với năm 2021 vào năm 2025.");
            assertThat(explain(r, EN))
                    .isEqualTo("In 2023 it reached 110, but with no baseline value for 2021 the "
                            + "target at least 10% below 2021 for 2025 cannot be judged.");
        }

        @Test
        void reduceByPercentMet() {
            AttainmentTarget cut10 = reduceByPercent(UnitKind.COUNT, bd("10"), 2021, null, 2025);
            AttainmentResult r = evaluate(cut10, numbers(2021, "120", 2024, "108"), 2024);

            assertThat(explain(r, VI))
                    .isEqualTo(
                            "Năm 2024 đạt 108, đã hoàn thành mục tiêu giảm ít nhất 10% so với năm 2021 vào năm 2025.");
        }

        @Test
        void unknownLevel() {
            AttainmentResult r = evaluate(groupAtLeast("xuất sắc", 2025), pciLevels(2023, "tốt"), 2023);

            assertThat(explain(r, VI))
                    .isEqualTo("Nhóm “xuất sắc” không có trong danh sách nhóm của chỉ tiêu, chưa "
                            + "đánh giá được mục tiêu nhóm “xuất sắc” trở lên vào năm 2025.");
            assertThat(explain(r, EN))
                    .isEqualTo("“xuất sắc” is not a group of this indicator, so the target group "
                            + "“xuất sắc” or above for 2025 cannot be judged.");
        }

        @Test
        void everyReasonRendersInBothLanguagesWithoutLeftoverPlaceholders() {
            AttainmentTarget cut10 = reduceByPercent(UnitKind.COUNT, bd("10"), 2021, null, 2025);
            AttainmentResult[] results = {
                evaluate(sipasTarget(), sipasMeasurements(), 2024),
                evaluate(sipasTarget(), sipasMeasurements(), 2026),
                evaluate(sipasTarget(), sipasMeasurements(), 2021),
                evaluate(percentAtLeast("90", 2025), numbers(2024, "95"), 2024),
                evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "85"), 2023),
                evaluate(percentAtLeast("90", 2025), numbers(2022, "80", 2023, "83"), 2023),
                evaluate(percentAtLeast("90", 2025), numbers(2023, "80"), 2023),
                evaluate(groupAtLeast("khá", 2025), pciLevels(2023, "thấp"), 2023),
                evaluate(groupAtLeast("khá", 2025), pciLevels(2023, "??"), 2023),
                evaluate(cut10, numbers(2023, "110"), 2023),
                evaluate(sipasTarget(), sipasMeasurements(), 2027),
                evaluate(sipasTarget(), numbers(2022, "80.09", 2025, "81.21"), 2026),
                evaluate(
                        withBaseline(percentAtLeast("50", 2025), 2020, bd("60")),
                        numbers(2021, "55", 2022, "45"),
                        2023),
                new AttainmentEvaluator().evaluate(sipasTarget(), sipasMeasurements(), 2025, DAK_NONG_ENDED),
                new AttainmentEvaluator().evaluate(sipasTarget(), Measurements.empty(), 2026, DAK_NONG_ENDED),
            };
            java.util.Set<AttainmentReason> seen = java.util.EnumSet.noneOf(AttainmentReason.class);
            for (AttainmentResult r : results) {
                seen.add(r.reason());
                for (Locale locale : new Locale[] {VI, EN}) {
                    assertThat(explain(r, locale))
                            .doesNotContain("{")
                            .doesNotContain("}")
                            .endsWith(".");
                }
            }
            assertThat(seen).containsExactlyInAnyOrder(AttainmentReason.values());
        }
    }

    @Nested
    class Thresholds {

        private String threshold(AttainmentTarget target, Locale locale) {
            return explainer.threshold(target, locale, UnaryOperator.identity());
        }

        @Test
        void thresholdsInWords() {
            assertThat(threshold(percentAtLeast("90", 2025), VI)).isEqualTo("≥ 90%");
            assertThat(threshold(target(Comparison.MORE_THAN, UnitKind.PERCENT, "80", 2025), VI))
                    .isEqualTo("> 80%");
            assertThat(threshold(target(Comparison.AT_MOST, UnitKind.PERCENT, "2.5", 2025), VI))
                    .isEqualTo("≤ 2,5%");
            assertThat(threshold(target(Comparison.RANK_AT_BEST, UnitKind.RANK, "37", 2025), VI))
                    .isEqualTo("hạng 37 trở lên");
            assertThat(threshold(reduceByPercent(UnitKind.COUNT, bd("10"), 2021, null, 2025), VI))
                    .isEqualTo("giảm ít nhất 10% so với năm 2021");
            assertThat(threshold(groupAtLeast("khá", 2025), VI)).isEqualTo("nhóm “khá” trở lên");
        }

        @Test
        void thresholdsInEnglishWords() {
            assertThat(threshold(target(Comparison.AT_MOST, UnitKind.PERCENT, "2.5", 2025), EN))
                    .isEqualTo("≤ 2.5%");
            assertThat(threshold(target(Comparison.RANK_AT_BEST, UnitKind.RANK, "37", 2025), EN))
                    .isEqualTo("rank 37 or better");
            assertThat(threshold(reduceByPercent(UnitKind.COUNT, bd("12.5"), 2021, null, 2025), EN))
                    .isEqualTo("at least 12.5% below 2021");
            assertThat(threshold(groupAtLeast("khá", 2025), EN)).isEqualTo("group “khá” or above");
        }

        @Test
        void statusLabels() {
            assertThat(explainer.statusLabel(AttainmentStatus.OFF_TRACK, VI)).isEqualTo("Chậm tiến độ");
            assertThat(explainer.statusLabel(AttainmentStatus.OFF_TRACK, EN)).isEqualTo("Off track");
            assertThat(explainer.statusLabel(AttainmentStatus.NO_DATA, VI)).isEqualTo("Chưa có dữ liệu");
        }

        @Test
        void valuesWithTheirUnits() {
            assertThat(explainer.formatValue(UnitKind.PERCENT, bd("81.2100"), VI))
                    .isEqualTo("81,21%");
            assertThat(explainer.formatValue(UnitKind.SCORE, bd("85.5"), EN)).isEqualTo("85.5 points");
            assertThat(explainer.formatValue(UnitKind.RANK, bd("37"), VI)).isEqualTo("hạng 37");
        }
    }

    @Nested
    class Numbers {

        @Test
        void vietnameseUsesDecimalCommaAndGroupingDot() {
            assertThat(AttainmentExplainer.formatNumber(bd("81.21"), VI)).isEqualTo("81,21");
            assertThat(AttainmentExplainer.formatNumber(bd("1234567.891"), VI)).isEqualTo("1.234.567,891");
            assertThat(AttainmentExplainer.formatNumber(bd("-1234.5"), VI)).isEqualTo("-1.234,5");
        }

        @Test
        void englishUsesDecimalPointAndGroupingComma() {
            assertThat(AttainmentExplainer.formatNumber(bd("81.21"), EN)).isEqualTo("81.21");
            assertThat(AttainmentExplainer.formatNumber(bd("1234567.891"), EN)).isEqualTo("1,234,567.891");
        }

        @Test
        void trailingZerosAreDropped() {
            assertThat(AttainmentExplainer.formatNumber(bd("95.6000"), VI)).isEqualTo("95,6");
            assertThat(AttainmentExplainer.formatNumber(bd("100.0000"), VI)).isEqualTo("100");
            assertThat(AttainmentExplainer.formatNumber(bd("1E+3"), EN)).isEqualTo("1,000");
            assertThat(AttainmentExplainer.formatNumber(bd("0.0000"), EN)).isEqualTo("0");
        }

        @Test
        void moreThanFourDecimalsAreRoundedHalfUp() {
            assertThat(AttainmentExplainer.formatNumber(bd("12.34565"), VI)).isEqualTo("12,3457");
            assertThat(AttainmentExplainer.formatNumber(bd("-0.00004"), EN)).isEqualTo("0");
        }

        @Test
        void regionalLocalesFollowTheirLanguage() {
            assertThat(AttainmentExplainer.formatNumber(bd("81.21"), Locale.forLanguageTag("vi-VN")))
                    .isEqualTo("81,21");
            assertThat(AttainmentExplainer.formatNumber(bd("1081.21"), Locale.UK))
                    .isEqualTo("1,081.21");
        }

        @Test
        void otherLanguagesFallBackToTheDefaultVietnameseFormat() {
            assertThat(AttainmentExplainer.formatNumber(bd("1081.21"), Locale.FRENCH))
                    .isEqualTo("1.081,21");
        }
    }

    @Test
    void worksWithAHandWrittenMessageSourceAndNoContainer() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("attainment.reason.MET", Locale.ENGLISH, "{1} in {0}: met {2} by {3}.");
        source.addMessage("attainment.threshold.AT_LEAST", Locale.ENGLISH, "≥ {0}");
        source.addMessage("attainment.value.PERCENT", Locale.ENGLISH, "{0}%");
        AttainmentResult r = evaluate(percentAtLeast("90", 2025), numbers(2024, "1090.5"), 2024);

        assertThat(new AttainmentExplainer(source).explain(r, Locale.ENGLISH, UnaryOperator.identity()))
                .isEqualTo("1,090.5% in 2024: met ≥ 90% by 2025.");
    }
}
