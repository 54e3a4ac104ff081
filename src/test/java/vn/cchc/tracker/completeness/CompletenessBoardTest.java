package vn.cchc.tracker.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.reporting.NarrativeRule;
import vn.cchc.tracker.reporting.PeriodKind;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * The board's counts against data the test builds: submissions in every state around the due date of the first
 * quarter of 2024 (20/03/2024, past), provisional values, yearly results and narratives. The statuses come from the attainment service; every other number is counted here from the rows
 * inserted.
 */
@ApplicationTest
@Transactional
class CompletenessBoardTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Actor REVIEWER = Actor.of("test.reviewer", Role.VIEWER, Set.of(), false, true);
    private static final Actor ADMIN = Actor.of("admin", Role.ADMIN, Set.of(), false, false);

    @Autowired
    CompletenessService completeness;

    @Autowired
    AttainmentService attainment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long q1;
    private List<TargetAttainment> dakNongGoals;

    @BeforeEach
    void data() {
        q1 = jdbc.queryForObject("select id from reporting_period where year = 2024 and kind = 'Q1'", Long.class);
        submission(DAK_NONG, "ACCEPTED", "2024-03-18 09:00:00+07");
        submission(BINH_DINH, "SUBMITTED", "2024-03-21 08:00:00+07");
        // 23:00 in Hà Nội on the due date is still the due date, though it is the 20th in UTC too: 16:00Z
        submission(HUE, "SUBMITTED", "2024-03-20 23:00:00+07");
        submission(QUANG_TRI, "RETURNED", "2024-03-10 09:00:00+07");
        dakNongGoals = TargetAttainment.goalsOnce(attainment.evaluate(DAK_NONG, 2024, VI));
    }

    @Test
    void everyCountOfAProvinceRowMatchesTheDataOfTheFirstQuarter() {
        List<String> indicators = indicatorsOf(dakNongGoals);
        assertThat(indicators).as("Đắk Nông's goals use indicators").hasSizeGreaterThan(2);
        provisional(DAK_NONG, indicators.get(0));
        provisional(DAK_NONG, indicators.get(1));
        provisional(BINH_DINH, indicators.get(0)); // another province's value counts for it only
        // provisional values stand in for the missing yearly results, so the goals are judged again on them
        dakNongGoals = TargetAttainment.goalsOnce(attainment.evaluate(DAK_NONG, 2024, VI));
        List<TargetAttainment> required = dakNongGoals.stream()
                .filter(a -> NarrativeRule.requiresNarrative(a.status()))
                .toList();
        assertThat(required)
                .as("Đắk Nông has goals that need a narrative in 2024")
                .isNotEmpty();
        narrative(required.get(0).target().targetId());
        dakNongGoals.stream()
                .filter(a -> !NarrativeRule.requiresNarrative(a.status()))
                .findFirst()
                .ifPresent(a -> narrative(a.target().targetId())); // written, but not required: not counted

        BoardRow row = completeness
                .province(REVIEWER, DAK_NONG, 2024, PeriodKind.Q1, VI)
                .rows()
                .get(0);

        assertThat(row.code()).isEqualTo(DAK_NONG);
        assertThat(row.name()).isEqualTo("Đắk Nông");
        assertThat(row.counts().expected()).isEqualTo(indicators.size());
        assertThat(row.counts().entered()).isEqualTo(2);
        assertThat(row.counts().narrativesRequired()).isEqualTo(required.size());
        assertThat(row.counts().narrativesWritten()).isEqualTo(1);
        assertThat(row.submission()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(row.onTime()).isTrue();
        assertThat(row.submittedOn()).hasToString("2024-03-18");
    }

    @Test
    void theYearsPeriodCountsTheYearlyResultsStored() {
        List<String> indicators = indicatorsOf(dakNongGoals);
        Set<String> stored = new HashSet<>(jdbc.queryForList(
                "select m.indicator_code from measurement m join province p on p.id = m.province_id"
                        + " where p.code = ? and m.year = 2024",
                String.class,
                DAK_NONG));
        provisional(DAK_NONG, indicators.get(0)); // a first-quarter value is not a yearly result

        BoardRow row = completeness
                .province(REVIEWER, DAK_NONG, 2024, PeriodKind.YEAR, VI)
                .rows()
                .get(0);

        assertThat(row.counts().expected()).isEqualTo(indicators.size());
        assertThat(row.counts().entered())
                .isEqualTo((int) indicators.stream().filter(stored::contains).count());
        boolean pastDue = LocalDate.now(clock).isAfter(LocalDate.of(2024, 12, 20));
        assertThat(row.submission())
                .as("no report for the year, due 20/12/2024")
                .isEqualTo(pastDue ? SubmissionStatus.OVERDUE : SubmissionStatus.NOT_YET);
    }

    @Test
    void theNationalBoardListsEveryUnitInForceOnTheDueDateWithItsSubmissionAndTheReportingRate() {
        Board board = completeness.national(REVIEWER, 2024, PeriodKind.Q1, BoardSort.CODE, VI);
        Map<String, BoardRow> rows =
                board.rows().stream().collect(Collectors.toMap(BoardRow::code, Function.identity()));
        int units = unitsInForceOn("2024-03-20");

        assertThat(units).isEqualTo(63);
        assertThat(board.rows()).hasSize(units);
        assertThat(rows.get(DAK_NONG).submission()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(rows.get(BINH_DINH).submission()).isEqualTo(SubmissionStatus.LATE);
        assertThat(rows.get(BINH_DINH).onTime()).isFalse();
        assertThat(rows.get(HUE).submission()).isEqualTo(SubmissionStatus.ON_TIME);
        assertThat(rows.get(QUANG_TRI).submission())
                .as("returned, so not submitted, and the due date has passed")
                .isEqualTo(SubmissionStatus.OVERDUE);
        BoardTotals totals = board.totals();
        assertThat(totals.units()).isEqualTo(63);
        assertThat(totals.submitted()).isEqualTo(3);
        assertThat(totals.onTime()).isEqualTo(2);
        assertThat(totals.accepted()).isEqualTo(1);
        assertThat(totals.late()).isEqualTo(1);
        assertThat(totals.overdue()).isEqualTo(60);
        assertThat(totals.notYet()).isZero();
        assertThat(totals.submittedPercent()).isEqualTo(5); // 3/63 = 4.8%
        assertThat(totals.onTimePercent()).isEqualTo(3); // 2/63 = 3.2%
        assertThat(totals.counts().expected())
                .isEqualTo(board.rows().stream()
                        .mapToInt(r -> r.counts().expected())
                        .sum());
        assertThat(rows.get(DAK_NONG).counts().expected())
                .isEqualTo(indicatorsOf(dakNongGoals).size());
        assertThat(board.rows()).extracting(BoardRow::code).isSorted();
    }

    @Test
    void theUnitsOf2025AreTheSixtyThreeForTheFirstQuarterAndTheThirtyFourForTheYear() {
        assertThat(completeness
                        .national(ADMIN, 2025, PeriodKind.Q1, BoardSort.CODE, VI)
                        .rows())
                .hasSize(unitsInForceOn("2025-03-20"))
                .hasSize(63);
        assertThat(completeness
                        .national(ADMIN, 2025, PeriodKind.YEAR, BoardSort.CODE, VI)
                        .rows())
                .hasSize(unitsInForceOn("2025-12-20"))
                .hasSize(34)
                .extracting(BoardRow::code)
                .doesNotContain(DAK_NONG);
    }

    @Test
    void sortedBySubmissionTheOverdueComeFirst() {
        Board board = completeness.national(REVIEWER, 2024, PeriodKind.Q1, BoardSort.SUBMISSION, VI);

        assertThat(board.rows().get(0).submission()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(board.rows().get(board.rows().size() - 1).code()).isEqualTo(DAK_NONG);
    }

    @Test
    void editorsSeeOnlyTheirProvinceAndOnlyReviewersAndAdminsTheNationalBoard() {
        Actor dakNongEditor = Actor.of("editor.daknong", Role.EDITOR, Set.of(DAK_NONG), false);
        Actor viewer = Actor.of("test.viewer", Role.VIEWER, Set.of(), false);

        assertThat(completeness
                        .province(dakNongEditor, DAK_NONG, 2024, PeriodKind.Q1, VI)
                        .rows())
                .hasSize(1);
        assertThatThrownBy(() -> completeness.province(dakNongEditor, BINH_DINH, 2024, PeriodKind.Q1, VI))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> completeness.province(viewer, DAK_NONG, 2024, PeriodKind.Q1, VI))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> completeness.national(dakNongEditor, 2024, PeriodKind.Q1, BoardSort.CODE, VI))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> completeness.province(REVIEWER, DAK_NONG, 2026, PeriodKind.Q1, VI))
                .as("Đắk Nông ended on 30/06/2025")
                .isInstanceOf(NotFoundException.class);
    }

    private static List<String> indicatorsOf(List<TargetAttainment> goals) {
        Set<String> codes = new LinkedHashSet<>();
        goals.forEach(a -> codes.add(a.target().indicatorCode()));
        return List.copyOf(codes);
    }

    private int unitsInForceOn(String day) {
        return jdbc.queryForObject(
                "select count(*) from province where (valid_from is null or valid_from <= cast(? as date))"
                        + " and (valid_to is null or valid_to >= cast(? as date))",
                Integer.class,
                day,
                day);
    }

    /** The unit carrying the code in 2024 (the schema's rule for a period's submission). */
    private long unit(String code) {
        return jdbc.queryForObject(
                "select id from province where code = ? and (valid_from is null or valid_from <= date '2024-12-31')"
                        + " and (valid_to is null or valid_to >= date '2024-01-01')"
                        + " order by valid_from desc nulls last limit 1",
                Long.class,
                code);
    }

    private void submission(String code, String state, String submittedAt) {
        boolean reviewed = state.equals("ACCEPTED") || state.equals("RETURNED");
        jdbc.update(
                "insert into period_submission (period_id, province_id, state, submitted_by, submitted_at, reviewed_by,"
                        + " reviewed_at, review_comment) values (?, ?, ?, 'editor', cast(? as timestamptz), ?, "
                        + (reviewed ? "now()" : "null") + ", ?)",
                q1,
                unit(code),
                state,
                submittedAt,
                reviewed ? "test.reviewer" : null,
                state.equals("RETURNED") ? "Bổ sung thuyết minh" : null);
    }

    private void provisional(String code, String indicator) {
        String kind = jdbc.queryForObject("select unit_kind from indicator where code = ?", String.class, indicator);
        String level = kind.equals("GROUP")
                ? jdbc.queryForObject(
                        "select name_vi from indicator_level where indicator_code = ? order by 1 limit 1",
                        String.class,
                        indicator)
                : null;
        jdbc.update(
                "insert into provisional_measurement (period_id, province_id, indicator_code, indicator_kind,"
                        + " value_number, value_level, source, created_by, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, 'Báo cáo quý I', 'test', 'test')",
                q1,
                unit(code),
                indicator,
                kind,
                level == null ? 1 : null,
                level);
    }

    private void narrative(long targetId) {
        jdbc.update(
                "insert into target_narrative (period_id, target_id, assessment, causes, next_actions, updated_by)"
                        + " values (?, ?, 'Đánh giá', 'Nguyên nhân', 'Giải pháp', 'test')",
                q1,
                targetId);
    }
}
